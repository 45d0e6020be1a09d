import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Project is owned by the catalog subgraph. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Project')
export class ProjectRef {
  @Field(() => ID)
  id: string;
}
