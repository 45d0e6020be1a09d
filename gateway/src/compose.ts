import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { DEFAULT_PORTS, SUBGRAPHS, type SubgraphDefinition } from '@skillfed/common';
import { catalogSubgraph } from '@skillfed/subgraph-catalog';
import { certificatesSubgraph } from '@skillfed/subgraph-certificates';
import { examinersSubgraph } from '@skillfed/subgraph-examiners';
import { examsSubgraph } from '@skillfed/subgraph-exams';
import { institutionsSubgraph } from '@skillfed/subgraph-institutions';
import { parse, printSchema } from 'graphql';

export const DEFINITIONS: SubgraphDefinition<any>[] = [institutionsSubgraph, catalogSubgraph, examsSubgraph, examinersSubgraph, certificatesSubgraph];

export const SUPERGRAPH_FILE = path.resolve(__dirname, '..', 'supergraph.graphql');
export const API_SCHEMA_FILE = path.resolve(__dirname, '..', 'api-schema.graphql');

export interface Composed {
  supergraphSdl: string;
  apiSchemaSdl: string;
}

/** Composes the five subgraphs' SDL (built in-process, no servers) into the supergraph and the API schema. */
export async function composeSupergraph(): Promise<Composed> {
  const services = await Promise.all(
    DEFINITIONS.map(async (definition) => ({
      name: definition.name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[definition.name]}/graphql`,
      typeDefs: parse(printSubgraphSchema(await definition.buildSchema())),
    })),
  );
  if (services.map((s) => s.name).join() !== SUBGRAPHS.join()) throw new Error('every subgraph must be composed');
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  const apiSchema = result.schema.toAPISchema().toGraphQLJSSchema();
  return { supergraphSdl: result.supergraphSdl.trimEnd() + '\n', apiSchemaSdl: printSchema(apiSchema) + '\n' };
}

if (require.main === module) {
  composeSupergraph().then(
    ({ supergraphSdl, apiSchemaSdl }) => {
      fs.writeFileSync(SUPERGRAPH_FILE, supergraphSdl);
      fs.writeFileSync(API_SCHEMA_FILE, apiSchemaSdl);
      process.stdout.write(`wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE)} and ${path.relative(process.cwd(), API_SCHEMA_FILE)}\n`);
    },
    (error: Error) => {
      process.stderr.write(error.message + '\n');
      process.exit(1);
    },
  );
}
