import { tokenAuthenticator } from '../../api/dashboard/adapt';
import { loginCookie, parseCookies, safeNext } from '../../api/dashboard/auth';

describe('dashboard login', () => {
  const authenticate = tokenAuthenticator(
    [
      { token: 'secretariat-token-0001', role: 'secretariat', name: 'Chuyên viên A' },
      { token: 'agency-token-00000001', role: 'agency', agencyId: 'so-y-te' },
    ],
    (id) => (id === 'so-y-te' ? 'Sở Y tế' : id),
  );

  it('knows the API’s tokens and nothing else', () => {
    expect(authenticate('secretariat-token-0001')).toEqual({ role: 'secretariat', id: 'Chuyên viên A', agencyId: null, name: 'Chuyên viên A' });
    expect(authenticate('agency-token-00000001')).toEqual({ role: 'agency', id: 'so-y-te', agencyId: 'so-y-te', name: 'Sở Y tế' });
    expect(authenticate('agency-token-00000002')).toBeNull();
    expect(authenticate('')).toBeNull();
  });

  it('keeps the token in an HttpOnly, SameSite=Strict cookie that reads back', () => {
    const cookie = loginCookie('a b;c', '/dashboard', true);
    expect(cookie).toBe('chidao_dashboard=a%20b%3Bc; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=43200; Secure');
    expect(parseCookies(`x=1; ${cookie.split(';')[0]}`).chidao_dashboard).toBe('a b;c');
  });

  it('follows only dashboard paths after login', () => {
    expect(safeNext('/dashboard/task?id=1', '/dashboard')).toBe('/dashboard/task?id=1');
    expect(safeNext('https://evil.example/dashboard/', '/dashboard')).toBeNull();
    expect(safeNext('//evil.example', '/dashboard')).toBeNull();
    expect(safeNext('/api/tasks', '/dashboard')).toBeNull();
  });
});
