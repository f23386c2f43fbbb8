package no.klyngeprogrammet.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the running test server, with cookies for the webapps' session. */
public class Http {

  private final String base;
  private final CookieManager cookies;
  private final HttpClient client;

  public Http(int port) {
    this(port, new CookieManager());
  }

  private Http(int port, CookieManager cookies) {
    this.base = "http://localhost:" + port;
    this.cookies = cookies;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** The same browser, with its cookies, talking to another server: another node of a cluster. */
  public Http sameBrowserOn(int port) {
    return new Http(port, cookies);
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
  }

  public HttpResponse<String> postJson(String path, String json, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), headers);
  }

  public HttpResponse<String> put(String path, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.noBody()), headers);
  }

  public HttpResponse<String> putJson(String path, String json, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), headers);
  }

  public HttpResponse<String> postForm(String path, String form, String... headers) {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)), headers);
  }

  /**
   * Logs in to Tasklist as its page does: the XSRF cookie from the page, the login, then the user,
   * which renews the cookie. Requests to {@code /camunda/api/...} then send {@code cookie("XSRF-TOKEN")}.
   */
  public HttpResponse<String> loginToTasklist(String user, String password) {
    if (cookie("XSRF-TOKEN") == null) {
      get("/camunda/app/tasklist/");
    }
    var login = postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8), "X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
    get("/camunda/api/admin/auth/user/default");
    return login;
  }

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
