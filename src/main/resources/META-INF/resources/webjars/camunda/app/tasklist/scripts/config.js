// Replaces Camunda's scripts/config.js of Tasklist: same keys, see Camunda's docs "Tasklist > Configuration".
import { dateFormat, locales, vendor } from '../../klyngeprogrammet/webapps.js';

export default {
  app: {
    name: 'Oppgaver',
    vendor
  },
  dateFormat,
  locales,
  // Relative to the app: /camunda/app/klyngeprogrammet/*.js
  customScripts: ['../klyngeprogrammet/form-js-nb', '../klyngeprogrammet/staff-link'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valgte oppgaven'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flytter fokus til det første filteret i listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flytter fokus til den første oppgaven i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flytter fokus til det første feltet i oppgavens skjema'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åpner dialogen for å starte en prosess'
    }
  }
};
