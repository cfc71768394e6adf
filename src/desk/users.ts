// The desk's people: a YAML file of users and roles (default `.newsdesk/users.yaml`, outside
// version control), passwords as scrypt hashes, and what each role may do.
//
//   users:
//     - name: peng            # the login; also the `by` of review.yaml acknowledgements
//       fullName: Peng Bo     # optional, shown and written as `by` when present
//       role: editor          # editor | translator | reader
//       password: scrypt$16384$8$1$<salt>$<hash>
//     - name: marie
//       role: translator
//       languages: [fr]       # a translator writes these languages only
//
// `newsdesk desk user add NAME --role R [--lang fr,de]` writes an entry (password from stdin).

import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { Location } from '../article/location.js';
import { Errors, fail } from '../errors/index.js';
import { writeFileAtomic } from '../fs/atomic.js';
import { isLanguageCode, type LanguageCode } from '../lang/codes.js';

export type Role = 'editor' | 'translator' | 'reader';
export const ROLES: readonly Role[] = ['editor', 'translator', 'reader'];

export interface DeskUser {
  name: string;
  fullName?: string;
  role: Role;
  /** Languages a translator may write (empty for other roles). */
  languages: LanguageCode[];
  password: string;
}

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$<salt base64>$<hash base64>`. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to compare against when the user does not exist (same cost, no user enumeration by timing). */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(12).toString('hex'));
  return decoy;
}

export function parseUsers(text: string, file: string): DeskUser[] {
  const location = new Location(text);
  const at = (node: YamlNode | null | undefined) => {
    const point = location.toPoint(node?.range?.[0] ?? 0);
    return { file, line: point.line, column: point.column };
  };
  const doc = parseDocument(text, { schema: 'core' });
  const error = doc.errors[0];
  if (error) {
    const point = location.toPoint(error.pos[0]);
    fail(Errors.InvalidUsers, `invalid YAML: ${error.message.split('\n')[0]}`, { file, line: point.line, column: point.column });
  }
  if (doc.contents === null) return [];
  const root = doc.contents as YamlNode;
  if (!isMap(root)) fail(Errors.InvalidUsers, 'the users file is a mapping with `users:`', at(root));
  const list = root.get('users', true) as YamlNode | undefined;
  if (list === undefined || list === null) return [];
  if (!isSeq(list)) fail(Errors.InvalidUsers, '`users` is a list of `- name: …` entries', at(list));
  const seen = new Set<string>();
  return list.items.map((item) => {
    const node = item as YamlNode;
    if (!isMap(node)) fail(Errors.InvalidUsers, 'each user is a mapping with `name`, `role` and `password`', at(node));
    const data = node.toJSON() as Record<string, unknown>;
    for (const key of Object.keys(data)) if (!['name', 'fullName', 'role', 'languages', 'password'].includes(key)) fail(Errors.InvalidUsers, `unknown key \`${key}\` (known: name, fullName, role, languages, password)`, at(node));
    const name = data.name;
    if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9._-]*$/i.test(name)) fail(Errors.InvalidUsers, 'a user needs a `name` (letters, digits, dot, dash, underscore)', at(node));
    if (seen.has(name)) fail(Errors.InvalidUsers, `user \`${name}\` is listed twice`, at(node));
    seen.add(name);
    const role = data.role;
    if (typeof role !== 'string' || !ROLES.includes(role as Role)) fail(Errors.InvalidUsers, `user \`${name}\`: \`role\` is one of ${ROLES.join(', ')}`, at(node));
    const languages = data.languages ?? [];
    if (!Array.isArray(languages) || !languages.every((l) => typeof l === 'string' && isLanguageCode(l))) fail(Errors.InvalidUsers, `user \`${name}\`: \`languages\` is a list of language codes`, at(node));
    if (role === 'translator' && languages.length === 0) fail(Errors.InvalidUsers, `translator \`${name}\` needs \`languages\` (the languages they write)`, at(node));
    if (typeof data.password !== 'string' || !data.password.startsWith('scrypt$')) fail(Errors.InvalidUsers, `user \`${name}\`: \`password\` is a scrypt hash (write it with \`newsdesk desk user add\`)`, at(node));
    const user: DeskUser = { name, role: role as Role, languages: role === 'translator' ? (languages as LanguageCode[]) : [], password: data.password };
    if (typeof data.fullName === 'string' && data.fullName.trim() !== '') user.fullName = data.fullName.trim();
    return user;
  });
}

export function loadUsers(file: string, shown: string = file): DeskUser[] {
  if (!existsSync(file)) fail(Errors.InvalidUsers, 'no users file: add a user first with `newsdesk desk user add NAME --role editor`', { file: shown });
  return parseUsers(readFileSync(file, 'utf8'), shown);
}

/** Add or replace a user in the file, keeping its comments and the other entries as written. */
export function writeUser(file: string, user: DeskUser): void {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# newsdesk desk users (newsdesk desk user add NAME --role editor|translator|reader [--lang fr])\nusers: []\n';
  parseUsers(text, file);
  const doc = parseDocument(text);
  if (!doc.has('users') || doc.get('users') === null) doc.set('users', doc.createNode([]));
  const list = doc.get('users', true);
  if (!isSeq(list)) fail(Errors.InvalidUsers, '`users` is a list', { file });
  list.flow = false;
  const entry: Record<string, unknown> = { name: user.name, ...(user.fullName ? { fullName: user.fullName } : {}), role: user.role, ...(user.role === 'translator' ? { languages: user.languages } : {}), password: user.password };
  const node = doc.createNode(entry);
  if (user.role === 'translator') {
    const languages = node.get('languages', true);
    if (isSeq(languages)) languages.flow = true;
  }
  const index = list.items.findIndex((item) => isMap(item) && item.get('name') === user.name);
  if (index === -1) list.items.push(node);
  else list.items[index] = node;
  writeFileAtomic(file, doc.toString());
}

/** The name written as `by` in review.yaml. */
export function displayName(user: Pick<DeskUser, 'name' | 'fullName'>): string {
  return user.fullName ?? user.name;
}

export function canWrite(user: DeskUser, lang: LanguageCode): boolean {
  return user.role === 'editor' || (user.role === 'translator' && user.languages.includes(lang));
}

/** Acknowledge, fix, publish, edit jobs. */
export function isEditor(user: DeskUser): boolean {
  return user.role === 'editor';
}
