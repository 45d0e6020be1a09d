import type { Caller, PeerClient } from '@skillfed/common';

/** What issuing needs to know about an exam batch (exams subgraph). No personal data. */
export interface BatchFacts {
  id: string;
  province: string;
  institutionId: string;
  projectId: string | null;
  status: string;
  startDate: string;
  endDate: string;
  /** When the institution confirmed holders' personal data (辽宁 四(六)); null until then. */
  holderInfoConfirmedOn: string | null;
  /** Skill-level batches (issue 15) carry an occupation and a level; special-ability batches do not. */
  occupationCode?: string | null;
  level?: number | null;
}

/** What numbering and the issuer rule need about the institution (institutions subgraph). */
export interface InstitutionFacts {
  id: string;
  province: string;
  cityCode: string;
  track: string;
  sequenceCode: string | null;
}

/** A passing candidate, in clear: travels only subgraph to subgraph, never logged, sealed on arrival. */
export interface HolderFacts {
  candidateId: string;
  name: string;
  residentId: string;
  scores: { subject: string; score: number }[];
}

/**
 * Where issuing reads results. In the running federation: peer calls to exams and institutions (the
 * caller's own identity travels with them). The demo seed and the service tests plug in their own.
 */
export interface ResultsSource {
  batch(examBatchId: string, caller: Caller): Promise<BatchFacts | null>;
  institution(institutionId: string, caller: Caller): Promise<InstitutionFacts | null>;
  /** Passing candidates of a published batch, all pages. */
  passingHolders(examBatchId: string, caller: Caller): Promise<HolderFacts[]>;
  /** Tells exams the batch's certificates are issued and verifiable (closes CERTIFICATE_PUBLICATION). */
  certificatesPublished(examBatchId: string, on: string, caller: Caller): Promise<void>;
}

const HOLDER_PAGE = 1000;

/** The peer-call source: exams' @inaccessible certificate fields and institutions' entity resolution. */
export function peerResultsSource(peers: Record<string, PeerClient>): ResultsSource {
  const exams = peers.exams;
  const institutions = peers.institutions;
  return {
    async batch(id, caller) {
      const data = await exams.query<{ certificateBatchFacts: BatchFacts | null }>(
        'query ($id: ID!) { certificateBatchFacts(batchId: $id) { id province institutionId projectId status startDate endDate holderInfoConfirmedOn } }',
        { id },
        caller,
      );
      return data.certificateBatchFacts;
    },
    async institution(id, caller) {
      const data = await institutions.query<{ _entities: (InstitutionFacts | null)[] }>(
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Institution { id province cityCode track sequenceCode } } }',
        { r: [{ __typename: 'Institution', id }] },
        caller,
      );
      return data._entities[0] ?? null;
    },
    async passingHolders(id, caller) {
      const all: HolderFacts[] = [];
      let after: string | null = null;
      for (;;) {
        const data: { certificateHolders: { nodes: HolderFacts[]; endCursor: string | null } } = await exams.query(
          'query ($id: ID!, $first: Int!, $after: String) { certificateHolders(batchId: $id, first: $first, after: $after) { nodes { candidateId name residentId scores { subject score } } endCursor } }',
          { id, first: HOLDER_PAGE, after },
          caller,
        );
        all.push(...data.certificateHolders.nodes);
        if (!data.certificateHolders.endCursor || data.certificateHolders.nodes.length < HOLDER_PAGE) return all;
        after = data.certificateHolders.endCursor;
      }
    },
    async certificatesPublished(id, on, caller) {
      await exams.query('mutation ($id: ID!, $on: Date!) { recordCertificatesPublished(batchId: $id, on: $on) }', { id, on }, caller);
    },
  };
}
