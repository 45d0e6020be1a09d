import type { CombinedError } from 'urql';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <div className="state loading" role="status" data-testid="loading">
      <span className="spinner" aria-hidden="true" /> {t('loading')}
    </div>
  );
}

/** The API's own message (bilingual already) and its machine code, with a retry. */
export function ErrorBox({ error, retry }: { error: CombinedError | Error; retry?: () => void }) {
  const { t } = useI18n();
  const gql = 'graphQLErrors' in error ? error.graphQLErrors : [];
  const messages = gql.length ? gql.map((e) => `${e.message}${e.extensions?.code ? ` [${String(e.extensions.code)}]` : ''}`) : [error.message];
  return (
    <div className="state error" role="alert" data-testid="error">
      <strong>{t('error')}</strong>
      <ul>{messages.map((m, i) => <li key={i}>{m}</li>)}</ul>
      {retry && <button onClick={retry}>{t('retry')}</button>}
    </div>
  );
}
