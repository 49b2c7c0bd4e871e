// The two interface languages and a tiny translator: `t(key, {name})` fills `{name}` slots.
// Shared by server components, client components and the unit test of key parity.
import { vi, type MessageKey, type Messages } from './vi';
import { en } from './en';

export type Lang = 'vi' | 'en';
export type { MessageKey, Messages };
export const LANGS: readonly Lang[] = ['vi', 'en'];
export const DEFAULT_LANG: Lang = 'vi';
export const LANG_COOKIE = 'lang';

export const dictionaries: Record<Lang, Messages> = { vi, en };

export function parseLang(value: string | undefined | null): Lang {
  return value === 'en' ? 'en' : 'vi';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const dict = dictionaries[lang];
  return (key, vars) => {
    const text = dict[key] ?? vi[key] ?? key;
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
