import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE, composeSupergraph } from '../src/compose';

const ROOT = path.resolve(__dirname, '..', '..');

describe('checked-in generated artefacts', () => {
  it('supergraph.graphql and api-schema.graphql match what the subgraphs compose to (run `npm run compose`)', async () => {
    const { supergraphSdl, apiSchemaSdl } = await composeSupergraph();
    expect(fs.readFileSync(SUPERGRAPH_FILE, 'utf8'), 'gateway/supergraph.graphql is stale: run `npm run compose`').toBe(supergraphSdl);
    expect(fs.readFileSync(API_SCHEMA_FILE, 'utf8'), 'gateway/api-schema.graphql is stale: run `npm run compose`').toBe(apiSchemaSdl);
  });

  it('generated typed documents match codegen.yml over the current API schema (run `npm run codegen`)', async () => {
    const config = YAML.parse(fs.readFileSync(path.join(ROOT, 'codegen.yml'), 'utf8'));
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      const outputs = await generate({ ...config, silent: true, cwd: ROOT }, false);
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const file = path.resolve(ROOT, output.filename);
        expect(fs.existsSync(file), `${output.filename} is missing: run \`npm run codegen\``).toBe(true);
        expect(fs.readFileSync(file, 'utf8'), `${output.filename} is stale: run \`npm run codegen\``).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
