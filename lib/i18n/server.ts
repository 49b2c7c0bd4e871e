// The caller's language on the server: the `lang` cookie (the API wrapper reads the same
// cookie), Vietnamese when absent.
import 'server-only';
import { cookies } from 'next/headers';
import { LANG_COOKIE, parseLang, translator, type Lang, type Translate } from './index';

export async function serverLang(): Promise<Lang> {
  const store = await cookies();
  return parseLang(store.get(LANG_COOKIE)?.value);
}

export async function serverT(): Promise<Translate> {
  return translator(await serverLang());
}
