// IPTC ninjs (1.x and 2.x) → remote items. A document may be one ninjs object, an array of
// them, or an object with an `items` array (a simple ninjs feed). Body: `body_html` /
// `body_text` (1.x) or `bodies[]` (2.x, HTML preferred); title: `headline` / `headlines[]`.

export interface NinjsItem {
  key: string;
  title: string;
  lang: string | undefined;
  date: string | undefined;
  link: string | undefined;
  html: string;
}

type Json = Record<string, unknown>;

export function parseNinjs(text: string): NinjsItem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`, { cause: error });
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.items) ? data.items : [data];
  return list.map((entry, index) => {
    if (!isObject(entry)) throw new Error(`item ${index + 1} is not a ninjs object`);
    return fromNinjs(entry, index);
  });
}

function fromNinjs(item: Json, index: number): NinjsItem {
  const title = str(item.headline) ?? firstValue(item.headlines) ?? str(item.slugline) ?? '';
  const key = str(item.uri) ?? str(item.guid) ?? str(item.id) ?? `${title}#${index}`;
  const bodies = Array.isArray(item.bodies) ? item.bodies.filter(isObject) : [];
  const htmlBody = bodies.find((body) => /html/i.test(str(body.contenttype) ?? str(body.content_type) ?? ''));
  const textBody = bodies.find((body) => !/html/i.test(str(body.contenttype) ?? str(body.content_type) ?? ''));
  let html = str(item.body_html) ?? str(htmlBody?.value) ?? '';
  if (!html) {
    const plain = str(item.body_text) ?? str(textBody?.value) ?? str(item.description_text) ?? '';
    html = plain
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim() !== '')
      .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('');
  }
  const link = str(item.uri)?.startsWith('http') ? str(item.uri) : undefined;
  return {
    key,
    title: title.trim(),
    lang: str(item.language),
    date: str(item.firstcreated) ?? str(item.versioncreated) ?? str(item.contentcreated),
    link,
    html,
  };
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function firstValue(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  for (const entry of value) {
    if (isObject(entry) && str(entry.value)) return str(entry.value);
  }
  return undefined;
}
