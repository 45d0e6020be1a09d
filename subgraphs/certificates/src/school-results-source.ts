import { ConflictError, type PeerClient } from '@skillfed/common';
import type { BatchFacts, HolderFacts, ResultsSource } from './results-source';

const HOLDER_PAGE = 1000;

interface SchoolFacts {
  id: string;
  province: string;
  institutionId: string;
  status: string;
  reviewed: boolean;
  assessedOn: string;
  occupationCode: string;
  level: number;
}

/**
 * Results of a technical school's own assessment (exams subgraph, school-assessment.*) as issuing reads
 * them: only results the city's centre approved count as published; the assessment id stands where a
 * batch id stands, so numbering, sealing, history and counters are the issuing service's own.
 */
export function schoolResultsSource(peers: Record<string, PeerClient>, institutionSource: Pick<ResultsSource, 'institution'>): ResultsSource {
  const exams = peers.exams;
  return {
    async batch(id, caller) {
      const data = await exams.query<{ schoolCertificateFacts: SchoolFacts | null }>(
        'query ($id: ID!) { schoolCertificateFacts(assessmentId: $id) { id province institutionId status reviewed assessedOn occupationCode level } }',
        { id },
        caller,
      );
      const a = data.schoolCertificateFacts;
      if (!a) return null;
      if (!a.reviewed) {
        throw new ConflictError(`认定状态为${a.status}：认定结果须经市公共就业服务机构审核通过后方可发证 / only results the city centre approved are issued`, { reason: 'NOT_REVIEWED', status: a.status });
      }
      const facts: BatchFacts = {
        id: a.id,
        province: a.province,
        institutionId: a.institutionId,
        projectId: null,
        status: 'RESULTS_PUBLISHED',
        startDate: a.assessedOn,
        endDate: a.assessedOn,
        holderInfoConfirmedOn: null,
        occupationCode: a.occupationCode,
        level: a.level,
      };
      return facts;
    },
    institution: (id, caller) => institutionSource.institution(id, caller),
    async passingHolders(id, caller) {
      const all: HolderFacts[] = [];
      let after: string | null = null;
      for (;;) {
        const data: { schoolCertificateHolders: { nodes: HolderFacts[]; endCursor: string | null } } = await exams.query(
          'query ($id: ID!, $first: Int!, $after: String) { schoolCertificateHolders(assessmentId: $id, first: $first, after: $after) { nodes { candidateId name residentId scores { subject score } } endCursor } }',
          { id, first: HOLDER_PAGE, after },
          caller,
        );
        all.push(...data.schoolCertificateHolders.nodes);
        if (!data.schoolCertificateHolders.endCursor || data.schoolCertificateHolders.nodes.length < HOLDER_PAGE) return all;
        after = data.schoolCertificateHolders.endCursor;
      }
    },
    async certificatesPublished(id, on, caller) {
      await exams.query('mutation ($id: ID!, $on: Date!) { recordSchoolCertificatesIssued(assessmentId: $id, on: $on) }', { id, on }, caller);
    },
  };
}
