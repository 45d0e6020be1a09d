import { useEffect, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { TOKEN_KEY, describeToken, makeClient } from './client';
import { I18nContext, makeI18n, type Lang, type TextKey } from './i18n';
import { Compliance } from './pages/Compliance';
import { Drill } from './pages/Drill';
import { Overview } from './pages/Overview';
import { Rules } from './pages/Rules';
import { Verify } from './pages/Verify';

const PAGES: { id: string; label: TextKey; needsToken: boolean; Component: () => React.JSX.Element }[] = [
  { id: 'overview', label: 'overview', needsToken: true, Component: Overview },
  { id: 'compliance', label: 'compliance', needsToken: true, Component: Compliance },
  { id: 'drill', label: 'drill', needsToken: true, Component: Drill },
  { id: 'rules', label: 'rules', needsToken: false, Component: Rules },
  { id: 'verify', label: 'verify', needsToken: false, Component: Verify },
];

const currentPage = () => window.location.hash.replace(/^#\/?/, '').split('?')[0] || 'overview';

export function App() {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem('skillfed.dashboard.lang') === 'en' ? 'en' : 'zh'));
  const [token, setToken] = useState<string | null>(() => localStorage.getItem(TOKEN_KEY));
  const [page, setPage] = useState(currentPage);
  const [draft, setDraft] = useState('');
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  const client = useMemo(() => makeClient(token), [token]);
  const who = token ? describeToken(token) : null;

  useEffect(() => {
    const onHash = () => setPage(currentPage());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    localStorage.setItem('skillfed.dashboard.lang', lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = i18n.t('title');
  }, [lang, i18n]);

  const { t } = i18n;
  const active = PAGES.find((p) => p.id === page) ?? PAGES[0];
  const signIn = (value: string) => {
    const v = value.trim().replace(/^Bearer\s+/i, '');
    if (!v) return;
    localStorage.setItem(TOKEN_KEY, v);
    setToken(v);
    setDraft('');
  };

  return (
    <I18nContext.Provider value={i18n}>
      <Provider value={client}>
        <header>
          <h1>{t('title')}</h1>
          <nav>
            {PAGES.map((p) => (
              <a key={p.id} href={`#/${p.id}`} className={p.id === active.id ? 'active' : undefined} data-testid={`nav-${p.id}`}>
                {t(p.label)}
              </a>
            ))}
          </nav>
          <div className="session">
            <button className="lang" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} data-testid="lang-toggle">
              {lang === 'zh' ? 'English' : '中文'}
            </button>
            {token && (
              <>
                <span className="who" data-testid="who">{t('signedInAs')}: {who ? `${who.role}${who.provinces.length ? ` (${who.provinces.join(', ')})` : ''}` : '?'}</span>
                <button
                  onClick={() => {
                    localStorage.removeItem(TOKEN_KEY);
                    setToken(null);
                  }}
                >
                  {t('signOut')}
                </button>
              </>
            )}
          </div>
        </header>
        <main>
          {active.needsToken && !token ? (
            <form
              className="sign-in"
              data-testid="sign-in"
              onSubmit={(e) => {
                e.preventDefault();
                signIn(draft);
              }}
            >
              <p>{t('needSignIn')} {t('tokenHint')}</p>
              <label>
                {t('tokenLabel')}
                <textarea name="token" rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} spellCheck={false} />
              </label>
              <button type="submit">{t('signIn')}</button>
            </form>
          ) : (
            <active.Component key={`${active.id}-${token ?? ''}`} />
          )}
        </main>
      </Provider>
    </I18nContext.Provider>
  );
}
