// Every UI string lives in _locales/*/messages.json. Views call t(); the extension pages install
// the browser's translator at start, and tests fall back to the English file.

import en from '../_locales/en/messages.json';

export type MessageKey = keyof typeof en;
type Translator = (key: string, substitutions?: string[]) => string;

const english: Translator = (key, subs = []) => {
  const entry = (en as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, i: string) => subs[Number(i) - 1] ?? '');
  });
};

let translate: Translator = english;
let language = 'en';

/**
 * Installs the browser's translator and its UI language (a BCP 47 tag such as `en-US`, used to
 * format dates). Keys the browser does not know fall back to English.
 */
export function setTranslator(fn: Translator, uiLanguage?: string): void {
  translate = (key, subs) => fn(key, subs) || english(key, subs);
  if (uiLanguage) language = uiLanguage.replace(/_/g, '-');
}

export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return translate(key, subs.map(String));
}

/** The UI language, for Intl formatters. */
export function uiLanguage(): string {
  return language;
}
