/**
 * Counts the AWS calls the pipeline makes, by service and command, and the
 * table write units DynamoDB reports (the emulator applies the 1 KB rule to
 * the item written), so the cost model rests on calls actually made.
 */
export interface CallCounts {
  calls: Record<string, number>;
  /** Table capacity units reported per command (writes: 1 per KB of item; the emulator does not report Query). */
  tableCapacity: Record<string, number>;
}

interface MiddlewareClient {
  middlewareStack: { add: (middleware: any, options: { step: "initialize"; name: string }) => void };
}

export function countCalls(service: string, client: MiddlewareClient, counts: CallCounts, options: { askCapacity?: boolean } = {}): void {
  client.middlewareStack.add(
    (next: (args: any) => Promise<any>, context: { commandName?: string }) => async (args: any) => {
      const name = `${service} ${context.commandName ?? "unknown"}`;
      counts.calls[name] = (counts.calls[name] ?? 0) + 1;
      if (options.askCapacity && args.input && typeof args.input === "object") args.input.ReturnConsumedCapacity ??= "TOTAL";
      const result = await next(args);
      const consumed = result?.output?.ConsumedCapacity?.CapacityUnits;
      if (typeof consumed === "number") counts.tableCapacity[name] = (counts.tableCapacity[name] ?? 0) + consumed;
      return result;
    },
    { step: "initialize", name: `benchCallCounter${service}` },
  );
}
