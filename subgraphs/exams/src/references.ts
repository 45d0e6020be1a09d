import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Institution is owned by the institutions subgraph; exams only holds its key. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Institution')
export class InstitutionRef {
  @Field(() => ID)
  id: string;
}

/** Project is owned by catalog; exams contributes Project.examBatches. */
@Directive('@key(fields: "id")')
@ObjectType('Project')
export class ProjectRef {
  @Field(() => ID)
  id: string;
}
