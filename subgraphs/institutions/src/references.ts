import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Project is owned by the catalog subgraph; institutions only holds its key. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Project')
export class ProjectRef {
  @Field(() => ID)
  id: string;
}
