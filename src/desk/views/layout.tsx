// The page frame: navigation by role, the CSRF token every htmx request sends, the banner a
// page shows when one of its files changed on disk.

import type { Child } from 'hono/jsx';
import type { Session } from '../sessions.js';
import { displayName, type DeskUser } from '../users.js';

export interface LayoutProps {
  title: string;
  user?: DeskUser | undefined;
  session?: Session | undefined;
  /** Project files the page shows (`locales/fr/ki-stadt.json`): a change on disk raises the banner. */
  watch?: string[];
  children?: Child;
}

export function Layout(props: LayoutProps) {
  const { user, session } = props;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title} · newsdesk desk</title>
        <link rel="stylesheet" href="/assets/desk.css" />
        <script src="/assets/htmx.min.js" defer></script>
        <script src="/assets/desk.js" defer></script>
      </head>
      <body data-watch={(props.watch ?? []).join(' ')} hx-headers={session ? JSON.stringify({ 'X-CSRF-Token': session.csrf }) : undefined}>
        <header class="top">
          <a class="brand" href="/">newsdesk desk</a>
          {user ? (
            <>
              <a href="/translate">Translations</a>
              <a href="/editor">Articles</a>
              <a href="/jobs">Jobs</a>
              <span class="who">
                {displayName(user)} · {user.role}
                {user.role === 'translator' ? ` (${user.languages.join(', ')})` : ''}
                <form method="post" action="/logout">
                  <input type="hidden" name="_csrf" value={session?.csrf ?? ''} />
                  <button type="submit">Sign out</button>
                </form>
              </span>
            </>
          ) : null}
        </header>
        <main>
          <div id="disk-banner" class="banner warn" hidden>
            <span class="file"></span> changed on disk. <a href="">Reload</a> to see it (unsaved text in this page is kept until you reload).
          </div>
          {props.children}
        </main>
      </body>
    </html>
  );
}

export function Csrf(props: { session: Session }) {
  return <input type="hidden" name="_csrf" value={props.session.csrf} />;
}

export function StateBadge(props: { state: string; count?: number }) {
  return (
    <span class={`badge s-${props.state}`}>
      {props.state}
      {props.count !== undefined ? ` ${props.count}` : ''}
    </span>
  );
}
