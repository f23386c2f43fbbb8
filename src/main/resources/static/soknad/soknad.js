// The public application page: renders processes/application.form with the form-js viewer and
// submits it to /api/soknad. The server checks every rule again and answers field by field.
(function () {
  'use strict';

  var container = document.getElementById('skjema');
  var summary = document.getElementById('feiloppsummering');
  var summaryMessage = document.getElementById('feiloppsummering-melding');
  var summaryList = document.getElementById('feiloppsummering-liste');
  var receipt = document.getElementById('kvittering');
  var csrfHeader = document.querySelector('meta[name="csrf-header"]').content;
  var csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  var newVersion = document.getElementById('ny-versjon');
  // A new version of an existing case comes from the status page's link, which carries the case's
  // status token in the fragment: browsers never send a fragment to a server, so the token stays out
  // of access logs. It is taken out of the address bar at once and sent only with the submission.
  var statusToken = (/(?:^#|&)statuslenke=([A-Za-z0-9_-]+)/.exec(window.location.hash) || [])[1];
  if (statusToken) {
    window.history.replaceState(null, '', window.location.pathname);
    newVersion.hidden = false;
  }
  var form;
  var fieldIds = {};
  var listFieldIds = {};
  var labels = {};
  var sending = false;

  // The viewer's own texts are English; the page is Norwegian. Its validation runs in the browser
  // first, so its messages are translated as they appear.
  var NORWEGIAN = [
    [/^Field is required\.$/, 'Feltet må fylles ut.'],
    [/^Field must have minimum length of (\d+)\.$/, 'Feltet må ha minst $1 tegn.'],
    [/^Field must have maximum length of (\d+)\.$/, 'Feltet kan ha høyst $1 tegn.'],
    [/^Field must have minimum value of (.+)\.$/, 'Verdien må være minst $1.'],
    [/^Field must have maximum value of (.+)\.$/, 'Verdien kan være høyst $1.'],
    [/^Field must match pattern [\s\S]*$/, 'Feltet har ikke riktig format.'],
    [/^Field must be a valid email\.$/, 'Feltet må være en gyldig e-postadresse.'],
    [/^Select$/, 'Velg'],
    [/^Search$/, 'Søk'],
    [/^No results$/, 'Ingen treff'],
    [/^Add new$/, 'Legg til rad'],
    [/^Remove list item (\d+)$/, 'Fjern rad $1'],
    [/^Increment$/, 'Øk'],
    [/^Decrement$/, 'Reduser']
  ];

  function norwegian(text) {
    for (var i = 0; i < NORWEGIAN.length; i++) {
      if (NORWEGIAN[i][0].test(text)) {
        return text.replace(NORWEGIAN[i][0], NORWEGIAN[i][1]);
      }
    }
    return text;
  }

  function translate(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var text = node.nodeValue.trim();
      var translated = text && norwegian(text);
      if (translated && translated !== text) {
        node.nodeValue = translated;
      }
    }
    root.querySelectorAll('[aria-label], [placeholder]').forEach(function (element) {
      ['aria-label', 'placeholder'].forEach(function (name) {
        var value = element.getAttribute(name);
        if (value && norwegian(value) !== value) {
          element.setAttribute(name, norwegian(value));
        }
      });
    });
  }

  // Server field names are form keys ("contactEmail") or list rows ("members[2].orgNumber");
  // form-js keeps errors by component id, and per row for the fields of a dynamic list.
  function indexComponents(components, list) {
    (components || []).forEach(function (component) {
      if (component.type === 'dynamiclist' && component.path) {
        listFieldIds[component.path] = {};
        indexComponents(component.components, component.path);
      } else if (component.key) {
        labels[component.id] = component.label || component.key;
        if (list) {
          listFieldIds[list][component.key] = component.id;
        } else {
          fieldIds[component.key] = component.id;
        }
      } else if (component.components) {
        indexComponents(component.components, list);
      }
    });
  }

  function errorPath(field) {
    var row = /^([A-Za-z]+)\[(\d+)\]\.([A-Za-z]+)$/.exec(field);
    if (row && listFieldIds[row[1]] && listFieldIds[row[1]][row[3]]) {
      return { id: listFieldIds[row[1]][row[3]], index: Number(row[2]) };
    }
    return fieldIds[field] ? { id: fieldIds[field] } : null;
  }

  function domId(path) {
    return 'fjs-form-' + form._id + '-' + path.id + (path.index === undefined ? '' : '_' + path.index);
  }

  function focusField(path) {
    var id = domId(path);
    var element = document.getElementById(id) || document.querySelector('[id^="' + id + '"]');
    if (element) {
      element.focus();
    }
  }

  function showSummary(message, fieldErrors) {
    summaryMessage.textContent = message;
    summaryList.replaceChildren();
    (fieldErrors || []).forEach(function (error) {
      var item = document.createElement('li');
      var path = error.path || errorPath(error.field);
      var text = (error.label || error.field) + ': ' + norwegian(error.rule || error.message);
      if (path) {
        var link = document.createElement('a');
        link.href = '#' + domId(path);
        link.textContent = text;
        link.addEventListener('click', function (event) {
          event.preventDefault();
          focusField(path);
        });
        item.appendChild(link);
      } else {
        item.textContent = text;
      }
      summaryList.appendChild(item);
    });
    summary.hidden = false;
    summary.focus();
  }

  function showFieldErrors(fieldErrors) {
    var errors = {};
    fieldErrors.forEach(function (error) {
      var path = errorPath(error.field);
      if (!path) {
        return;
      }
      if (path.index === undefined) {
        errors[path.id] = (errors[path.id] || []).concat(error.rule);
      } else {
        errors[path.id] = errors[path.id] || [];
        errors[path.id][path.index] = (errors[path.id][path.index] || []).concat(error.rule);
      }
    });
    // form-js 1.8 keeps per-field errors in its state; this is how its own validation shows them.
    form._setState({ errors: errors });
  }

  // The viewer's errors by component id, and by row for the fields of a dynamic list.
  function clientErrors(errors) {
    var found = [];
    Object.keys(errors || {}).forEach(function (id) {
      var value = errors[id];
      if (!value) {
        return;
      }
      if (Array.isArray(value) && typeof value[0] === 'string') {
        found.push({ path: { id: id }, label: labels[id], message: value[0] });
        return;
      }
      Object.keys(value).forEach(function (index) {
        if (value[index] && value[index].length) {
          found.push({ path: { id: id, index: Number(index) },
            label: labels[id] + ' (rad ' + (Number(index) + 1) + ')', message: value[index][0] });
        }
      });
    });
    return found;
  }

  function showReceipt(body) {
    summary.hidden = true;
    container.hidden = true;
    document.getElementById('saksnummer').textContent = body.caseNumber;
    document.getElementById('mottatt').textContent = new Intl.DateTimeFormat('nb-NO', {
      dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo'
    }).format(new Date(body.receivedAt)) + ' (norsk tid)';
    document.getElementById('statuslenke').href = body.statusUrl;
    receipt.hidden = false;
    receipt.focus();
  }

  function submit(data) {
    if (sending) {
      return;
    }
    sending = true;
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[csrfHeader] = csrfToken;
    if (statusToken) {
      headers['X-Status-Token'] = statusToken;
    }
    fetch('/api/soknad', { method: 'POST', headers: headers, body: JSON.stringify(data), credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (response.status === 201) {
            showReceipt(body);
            return;
          }
          var fieldErrors = body.fieldErrors || [];
          showFieldErrors(fieldErrors);
          showSummary(body.message && fieldErrors.length ? 'Rett opp følgende og send inn på nytt:'
            : (body.message || 'Søknaden kunne ikke sendes inn. Prøv igjen senere.'), fieldErrors);
        });
      })
      .catch(function () {
        showSummary('Søknaden kunne ikke sendes: ingen forbindelse med tjenesten. Prøv igjen.', []);
      })
      .finally(function () {
        sending = false;
      });
  }

  fetch('/soknad/skjema', { headers: { 'Accept': 'application/json' } })
    .then(function (response) { return response.json(); })
    .then(function (schema) {
      indexComponents(schema.components);
      return FormViewer.createForm({ container: container, schema: schema, data: {} });
    })
    .then(function (created) {
      form = created;
      translate(container);
      new MutationObserver(function () { translate(container); }).observe(container, {
        subtree: true, childList: true, characterData: true, attributes: true,
        attributeFilter: ['aria-label', 'placeholder']
      });
      container.setAttribute('aria-busy', 'false');
      form.on('submit', function (event) {
        var found = clientErrors(event.errors);
        if (found.length > 0) {
          showSummary('Rett opp følgende og send inn på nytt:', found);
          return;
        }
        submit(event.data);
      });
    })
    .catch(function () {
      container.setAttribute('aria-busy', 'false');
      showSummary('Søknadsskjemaet kunne ikke lastes. Last inn siden på nytt.', []);
    });
})();
