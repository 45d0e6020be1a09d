import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Institution is owned by institutions; certificates contributes Institution.certificates. */
@Directive('@key(fields: "id")')
@ObjectType('Institution')
export class InstitutionRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Project')
export class ProjectRef {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('ExamBatch')
export class ExamBatchRef {
  @Field(() => ID)
  id: string;
}
