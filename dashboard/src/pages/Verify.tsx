import { useState } from 'react';
import { useClient } from 'urql';
import { ErrorBox, Loading } from '../components/State';
import { PROVINCE_NAMES, useI18n } from '../i18n';
import { VerifyQuery } from '../operations';

interface Answer {
  matched: boolean;
  number: string;
  holderName: string;
  issuedOn: string;
  province: string;
  institution: string | null;
  project: string | null;
}

/**
 * Public verification by number and holder name (no sign-in). Asks the public certificate look-up and
 * compares the name against the masked name it returns (same first character and length). When the
 * certificates subgraph's verifyCertificate(number, holderName) is in the graph, this function asks
 * it instead and the comparison happens on the server.
 */
export function Verify() {
  const { t, name } = useI18n();
  const client = useClient();
  const [number, setNumber] = useState('');
  const [holder, setHolder] = useState('');
  const [state, setState] = useState<{ loading: boolean; error: Error | null; answer: Answer | null; notFound: boolean }>({ loading: false, error: null, answer: null, notFound: false });

  async function check() {
    setState({ loading: true, error: null, answer: null, notFound: false });
    const result = await client.query(VerifyQuery, { number: number.trim() }, { requestPolicy: 'network-only' }).toPromise();
    const code = result.error?.graphQLErrors[0]?.extensions?.code;
    if (code === 'NOT_FOUND') return setState({ loading: false, error: null, answer: null, notFound: true });
    if (result.error || !result.data?.certificate) return setState({ loading: false, error: result.error ?? new Error('no answer'), answer: null, notFound: false });
    const c = result.data.certificate;
    const given = [...holder.trim()];
    const masked = [...c.holderName];
    const matched = given.length > 0 && given.length === masked.length && given[0] === masked[0];
    setState({ loading: false, error: null, notFound: false, answer: { matched, number: c.number, holderName: c.holderName, issuedOn: c.issuedOn, province: c.province, institution: c.institution?.name ?? null, project: c.project?.name ?? null } });
  }

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
      {(state.notFound || (state.answer && !state.answer.matched)) && (
        <div className="result bad" data-testid="verify-result" data-matched="false">
          <strong>{t('notVerified')}</strong>
          <p>未查到与该编号和姓名相符的证书 / no certificate matches this number and name</p>
        </div>
      )}
      {state.answer?.matched && (
        <div className="result good" data-testid="verify-result" data-matched="true">
          <strong>{t('verified')}</strong>
          <dl>
            <dt>{t('certificateNumber')}</dt><dd>{state.answer.number}</dd>
            <dt>{t('holderName')}</dt><dd>{state.answer.holderName}</dd>
            <dt>{t('province')}</dt><dd>{name(PROVINCE_NAMES, state.answer.province)}</dd>
            <dt>{t('institution')}</dt><dd>{state.answer.institution ?? '—'}</dd>
            <dt>{t('project')}</dt><dd>{state.answer.project ?? '—'}</dd>
            <dt>{t('issuedOn')}</dt><dd>{state.answer.issuedOn}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
