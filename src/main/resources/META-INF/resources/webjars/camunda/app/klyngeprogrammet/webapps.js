/*
 * What the four webapps (Tasklist, Cockpit, Admin, Welcome) share: the programme's name and the
 * language. Each app's scripts/config.js imports it; Camunda loads that file as an ES module.
 *
 * The webapps pick the browser's first language if it is one of availableLocales. Offering a
 * single locale makes Norwegian bokmål the language whatever the browser asks for. English stays
 * one address away: ?lang=en in front of the # keeps this browser in English, ?lang=nb turns it back.
 */
const LANGUAGE_KEY = 'klyngeprogrammet-language';

const asked = new URLSearchParams(window.location.search).get('lang');
if (asked === 'nb' || asked === 'en') {
  window.localStorage.setItem(LANGUAGE_KEY, asked);
}
const language = window.localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'nb';

export const locales = {
  availableLocales: [language],
  fallbackLocale: language
};

export const vendor = 'Klyngeprogrammet';

export const dateFormat = {
  normal: 'LLL',
  long: 'LLLL'
};
