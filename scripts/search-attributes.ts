/**
 * Registers chidao's SEARCH_ATTRIBUTES on an existing cluster (TEMPORAL_ADDRESS), where no
 * `--search-attribute` flag exists. Idempotent, and it waits for a cluster that is still starting
 * (auto-setup creates its schema first).
 */
import { Connection } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import { SEARCH_ATTRIBUTES } from '../workflows/search-attributes';

/** temporal.api.enums.v1.IndexedValueType, keyed by the names TypedSearchAttributes.toMetadataType gives. */
const INDEXED_VALUE_TYPE: Record<string, number> = { Text: 1, Keyword: 2, Int: 3, Double: 4, Bool: 5, Datetime: 6, KeywordList: 7 };

/** Returns the names it added (empty when all were there). */
export async function registerSearchAttributes(address: string, namespace: string, opts: { timeoutMs?: number } = {}): Promise<string[]> {
  const deadline = Date.now() + (opts.timeoutMs ?? 180_000);
  for (;;) {
    let connection: Connection | undefined;
    try {
      connection = await Connection.connect({ address, connectTimeout: 5000 });
      const { customAttributes } = await connection.operatorService.listSearchAttributes({ namespace });
      const missing = SEARCH_ATTRIBUTES.filter((sa) => !(customAttributes && sa.name in customAttributes));
      if (missing.length > 0) {
        const searchAttributes = Object.fromEntries(
          missing.map((sa) => [sa.name, INDEXED_VALUE_TYPE[TypedSearchAttributes.toMetadataType(sa.type)]]),
        );
        await connection.operatorService.addSearchAttributes({ namespace, searchAttributes });
      }
      return missing.map((sa) => sa.name);
    } catch (e) {
      if (Date.now() > deadline) {
        throw new Error(`Không đăng ký được search attributes trên ${address} (namespace ${namespace}): ${e instanceof Error ? e.message : String(e)}`);
      }
      await new Promise((r) => setTimeout(r, 2000));
    } finally {
      await connection?.close();
    }
  }
}
