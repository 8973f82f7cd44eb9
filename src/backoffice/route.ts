import { useEffect, useState } from 'react';

/** A back-office screen and what it is about. */
export type OfficeRoute =
  | { screen: 'statements'; member: string }
  | { screen: 'statement'; id: string }
  | { screen: 'enrol'; member: string; name: string }
  | { screen: 'member'; member: string }
  | { screen: 'officers' }
  | { screen: 'branches' }
  | { screen: 'audit' };

/** The route a location hash names (`#/statement/<id>`, `#/member/<number>`…); the list by default. */
export function parseOfficeRoute(hash: string): OfficeRoute {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(query);
  const [screen = '', ...rest] = path.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  switch (screen) {
    case 'statement':
      return { screen: 'statement', id: arg };
    case 'enrol':
      return { screen: 'enrol', member: params.get('member') ?? '', name: params.get('name') ?? '' };
    case 'member':
      return { screen: 'member', member: arg };
    case 'officers':
    case 'branches':
    case 'audit':
      return { screen };
    default:
      return { screen: 'statements', member: params.get('member') ?? '' };
  }
}

/** The hash of a member's page, a statement, or the enrolment form for a member. */
export const memberHref = (member: string) => `#/member/${encodeURIComponent(member)}`;
/** The hash of one statement. */
export const statementHref = (id: string) => `#/statement/${encodeURIComponent(id)}`;
/** The hash of the enrolment form, filled for a member. */
export const enrolHref = (member: string, name: string) =>
  `#/enrol?${new URLSearchParams({ member, name }).toString()}`;
/** The hash of the list filtered by a member. */
export const memberStatementsHref = (member: string) => `#/?${new URLSearchParams({ member }).toString()}`;

/** The current route, following the location hash. */
export function useOfficeRoute(): OfficeRoute {
  const [route, setRoute] = useState(() => parseOfficeRoute(window.location.hash));
  useEffect(() => {
    const follow = () => setRoute(parseOfficeRoute(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return route;
}
