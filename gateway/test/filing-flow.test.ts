import { DEMO_PROJECTS, demoCreditCode } from '@skillfed/common';
import { testDatabases } from '@skillfed/common/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql';
import { gql, startFederation, tokenFor, type Federation } from './harness';

const databases = await testDatabases();

const REGISTER = graphql(`mutation RegisterInstitution($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { id filingStatus } }`);
const START_REVIEW = graphql(`mutation StartFilingReview($id: ID!) { startFilingReview(id: $id) { filingStatus filingMaterials { code provided } } }`);
const PROVIDE = graphql(`mutation ProvideFilingMaterial($input: ProvideMaterialInput!) { provideFilingMaterial(input: $input) { id } }`);
const APPROVE = graphql(`mutation ApproveFiling($id: ID!) { approveFiling(id: $id) { filingStatus filingNumber filedOn } }`);
const ADD_SITE = graphql(`mutation AddExamSite($input: AddExamSiteInput!) { addExamSite(input: $input) { id } }`);
const SCOPE = graphql(`mutation SetFilingScope($id: ID!, $input: FilingScopeInput!) { setFilingScope(institutionId: $id, input: $input) { id } }`);
const FILED = graphql(`query FiledInstitution($id: ID!) { institution(id: $id) {
  name filingStatus filingNumber
  filingHistory { step toStatus actorRole }
  scope { projects { id name province } }
  sites { name workstations projects { name } availability(date: "2025-06-01") { canHost reasons } }
} }`);

describe.each(databases)('a provincial operator files an institution through the gateway on $name', (database) => {
  let fed: Federation;
  beforeAll(async () => {
    fed = await startFederation(database);
  });
  afterAll(async () => {
    await fed?.stop();
    await database.cleanup();
  });

  it('registers, reviews, approves, adds a site and scopes it to catalog projects', async () => {
    const token = await tokenFor('province-operator', 'JIANGSU');
    const projects = DEMO_PROJECTS.filter((p) => p.province === 'JIANGSU' && p.name.includes('家具')).map((p) => p.id);
    const registered = await gql(fed.url, REGISTER, {
      token,
      variables: { input: { province: 'JIANGSU', cityCode: '320500', name: '苏州示例家具培训学校', kind: 'SOCIAL_TRAINING_INSTITUTION', creditCode: demoCreditCode('320500', 777), address: '苏州市示例路', contactName: '联系人', contactPhone: '13912340000' } },
    });
    expect(registered.body.errors).toBeUndefined();
    const id = registered.body.data!.registerInstitution.id;

    const review = await gql(fed.url, START_REVIEW, { token, variables: { id } });
    const materials = review.body.data!.startFilingReview.filingMaterials!;
    expect(materials.map((m) => m.code)).toEqual(['FILING_FORM', 'FACILITY_IMAGES']);
    for (const m of materials) expect((await gql(fed.url, PROVIDE, { token, variables: { input: { institutionId: id, code: m.code, reference: `苏人社备〔2026〕${m.code}` } } })).body.errors).toBeUndefined();

    const approved = await gql(fed.url, APPROVE, { token, variables: { id } });
    expect(approved.body.errors).toBeUndefined();
    expect(approved.body.data!.approveFiling.filingStatus).toBe('FILED');

    const site = await gql(fed.url, ADD_SITE, { token, variables: { input: { institutionId: id, name: '家具实训考场', address: '苏州市示例路1号', kind: 'FIXED', approvedByCityCentre: false, workstations: 24, videoMonitoring: 'ELECTRONIC_MONITORING', projectIds: projects } } });
    expect(site.body.errors).toBeUndefined();
    expect((await gql(fed.url, SCOPE, { token, variables: { id, input: { projectIds: projects, occupations: [] } } })).body.errors).toBeUndefined();

    const { body } = await gql(fed.url, FILED, { token, variables: { id } });
    expect(body.errors).toBeUndefined();
    const institution = body.data!.institution!;
    expect(institution.filingHistory!.map((e) => e.toStatus)).toEqual(['APPLIED', 'UNDER_REVIEW', 'FILED']);
    // Project names come from the catalog subgraph through the federation.
    expect(institution.scope.projects.map((p) => p.name).sort()).toEqual(DEMO_PROJECTS.filter((p) => projects.includes(p.id)).map((p) => p.name).sort());
    expect(institution.sites[0].projects.map((p) => p!.name)).toHaveLength(projects.length);
    expect(institution.sites[0].availability).toEqual({ canHost: true, reasons: [] });

    const other = await gql(fed.url, FILED, { token: await tokenFor('province-operator', 'SHANDONG'), variables: { id } });
    expect(other.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
