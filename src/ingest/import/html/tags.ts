// Language tags of HTML pages ("de-DE", "pt_BR", "zh-Hans") to the project's language codes.

import { isLanguageCode, type LanguageCode } from '../../../lang/codes.js';

export function normaliseLanguageTag(tag: string | undefined): LanguageCode | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/u)[0];
  return isLanguageCode(primary) ? primary : undefined;
}
