import { sessionOf } from './session';
import { homeOf } from './roles';

function tokenWith(claims: object): string {
  const json = new TextEncoder().encode(JSON.stringify(claims));
  const payload = btoa(String.fromCharCode(...json)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `header.${payload}.signature`;
}

describe('the session read from the access token', () => {
  it('names a person family name first and keeps only the platform roles', () => {
    const session = sessionOf(tokenWith({
      preferred_username: 'applicant-a', family_name: '王', given_name: '丽',
      realm_access: { roles: ['APPLICANT', 'offline_access', 'default-roles-laborbrand'] },
      orgId: '912102440580649631', district: '210211',
    }));
    expect(session).toEqual({
      username: 'applicant-a', name: '王丽', roles: ['APPLICANT'], orgId: '912102440580649631', district: '210211',
    });
  });

  it('sends each role to its own home page', () => {
    expect(homeOf(['APPLICANT'])).toBe('/applications');
    expect(homeOf(['DISTRICT_REVIEWER'])).toBe('/reviews');
    expect(homeOf(['LEADING_GROUP'])).toBe('/reviews');
    expect(homeOf(['FINANCE_CLERK'])).toBe('/subsidies');
    expect(homeOf(['OPERATOR'])).toBe('/operations');
  });
});
