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
  var form;
  var fieldIds = {};
  var listFieldIds = {};
  var sending = false;

  // Server field names are form keys ("contactEmail") or list rows ("members[2].orgNumber");
  // form-js keeps errors by component id, and per row for the fields of a dynamic list.
  function indexComponents(components, list) {
    (components || []).forEach(function (component) {
      if (component.type === 'dynamiclist' && component.path) {
        listFieldIds[component.path] = {};
        indexComponents(component.components, component.path);
      } else if (component.key) {
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
      var path = errorPath(error.field);
      var text = (error.label || error.field) + ': ' + (error.rule || error.message);
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

  function clientErrors(errors) {
    var count = 0;
    Object.keys(errors).forEach(function (id) {
      var value = errors[id];
      count += Array.isArray(value) && typeof value[0] === 'string' ? 1 : Object.keys(value).length;
    });
    return count;
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
      container.setAttribute('aria-busy', 'false');
      form.on('submit', function (event) {
        var count = clientErrors(event.errors);
        if (count > 0) {
          showSummary(count === 1 ? 'Ett felt må rettes. Se meldingen ved feltet.'
            : count + ' felt må rettes. Se meldingene ved feltene.', []);
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
