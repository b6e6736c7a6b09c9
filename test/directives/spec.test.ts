/** The DirectiveSpec contract: its JSON Schema (for the API) is produced and describes what the reader returns. */
import { directiveSpecJsonSchema } from '../../directives';

describe('DirectiveSpec JSON Schema', () => {
  test('names the top-level fields and the deadline kinds', () => {
    const schema = directiveSpecJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual(['document', 'source', 'tasks', 'version', 'warnings']);
    expect(JSON.stringify(schema)).toContain('"recurring"');
  });
});
