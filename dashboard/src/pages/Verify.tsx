import { useState } from 'react';
import { useClient } from 'urql';
import { ErrorBox, Loading } from '../components/State';
import type { DashboardVerifyQuery } from '../gql/graphql';
import { PROVINCE_NAMES, useI18n } from '../i18n';
import { VerifyQuery } from '../operations';

type Answer = DashboardVerifyQuery['verifyCertificate'];

const STATUS_NAMES: Record<string, [string, string]> = {
  VALID: ['有效', 'Valid'],
  REVOKED: ['已撤销', 'Revoked'],
  REPLACED: ['已更正换发', 'Replaced by a corrected certificate'],
};

/**
 * Public verification by number and holder name (no sign-in), through the certificates subgraph's
 * verifyCertificate: "no such number" and "name does not match" get the same answer, as on the
 * provincial query sites.
 */
export function Verify() {
  const { t, name } = useI18n();
  const client = useClient();
  const [number, setNumber] = useState('');
  const [holder, setHolder] = useState('');
  const [state, setState] = useState<{ loading: boolean; error: Error | null; answer: Answer | null }>({ loading: false, error: null, answer: null });

  async function check() {
    setState({ loading: true, error: null, answer: null });
    const result = await client.query(VerifyQuery, { number: number.trim(), holderName: holder.trim() }, { requestPolicy: 'network-only' }).toPromise();
    if (result.error || !result.data) return setState({ loading: false, error: result.error ?? new Error('no answer'), answer: null });
    setState({ loading: false, error: null, answer: result.data.verifyCertificate });
  }

  const a = state.answer;
  return (
    <section className="page" data-testid="page-verify">
      <h2>{t('verify')}</h2>
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          void check();
        }}
      >
        <label>
          {t('certificateNumber')}
          <input name="number" value={number} onChange={(e) => setNumber(e.target.value)} required maxLength={40} />
        </label>
        <label>
          {t('holderName')}
          <input name="holderName" value={holder} onChange={(e) => setHolder(e.target.value)} required maxLength={50} />
        </label>
        <button type="submit" data-testid="verify-submit">{t('check')}</button>
      </form>
      {state.loading && <Loading />}
      {state.error && <ErrorBox error={state.error} />}
      {a && !a.matched && (
        <div className="result bad" data-testid="verify-result" data-matched="false">
          <strong>{t('notVerified')}</strong>
          <p>{a.message}</p>
        </div>
      )}
      {a?.matched && (
        <div className={`result ${a.status === 'VALID' ? 'good' : 'bad'}`} data-testid="verify-result" data-matched="true" data-status={a.status ?? ''}>
          <strong>{a.status === 'VALID' ? t('verified') : a.message}</strong>
          <dl>
            <dt>{t('certificateNumber')}</dt><dd>{a.number}</dd>
            <dt>{t('status')}</dt><dd>{name(STATUS_NAMES, a.status)}</dd>
            <dt>{t('holderName')}</dt><dd>{a.holderName}</dd>
            <dt>{t('province')}</dt><dd>{name(PROVINCE_NAMES, a.province)}</dd>
            <dt>{t('project')}</dt><dd>{a.project?.name ?? (a.occupationCode ? `${a.occupationCode} · ${a.level}级` : '—')}</dd>
            <dt>{t('issuer')}</dt><dd>{a.issuer ? `${a.issuer.body}（${a.issuer.code}）` : '—'}</dd>
            <dt>{t('issuedOn')}</dt><dd>{a.issuedOn}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
