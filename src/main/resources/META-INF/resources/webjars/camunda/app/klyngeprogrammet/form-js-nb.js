/*
 * Tasklist renders Camunda Forms with the form-js it bundles, whose own texts (validation messages,
 * the dynamic list's buttons, the dropdown's search) are English and not in Tasklist's locale files.
 * This custom script (config.js, customScripts) puts them in Norwegian as they appear. The public
 * page /soknad does the same for its own form-js viewer (static/soknad/soknad.js).
 */
const NORWEGIAN = [
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

const norwegian = text => {
  const rule = NORWEGIAN.find(([english]) => english.test(text));
  return rule ? text.replace(rule[0], rule[1]) : text;
};

const inForm = node => {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element !== null && element.closest('.fjs-container') !== null;
};

const translateText = node => {
  const text = node.nodeValue.trim();
  const translated = text && norwegian(text);
  if (translated && translated !== text) {
    node.nodeValue = translated;
  }
};

const translate = root => {
  if (root.nodeType === Node.TEXT_NODE) {
    if (inForm(root)) {
      translateText(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE || !inForm(root) && root.querySelector('.fjs-container') === null) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (inForm(node)) {
      translateText(node);
    }
  }
  [root, ...root.querySelectorAll('[aria-label], [placeholder]')].filter(inForm).forEach(element => {
    ['aria-label', 'placeholder'].forEach(name => {
      const value = element.getAttribute(name);
      if (value && norwegian(value) !== value) {
        element.setAttribute(name, norwegian(value));
      }
    });
  });
};

new MutationObserver(mutations => mutations.forEach(mutation => {
  if (mutation.type === 'characterData' || mutation.type === 'attributes') {
    translate(mutation.target);
  } else {
    mutation.addedNodes.forEach(translate);
  }
})).observe(document.body, {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['aria-label', 'placeholder']
});
