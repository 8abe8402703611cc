import type { DocumentStore } from '../storage/DocumentStore';

/**
 * Why nothing more may be tabled into or shared within a matter: its paragraph is justered. Undefined while the
 * matter is open. Only a recorded rättelse reopens it.
 */
export async function closedMatterRefusal(store: DocumentStore, matterId: string | null): Promise<string | undefined> {
  if (matterId === null) return undefined;
  const protocol = (await store.listMatterDocuments(matterId)).find((record) => record.role === 'protocol');
  if (protocol?.approvedAt == null) return undefined;
  return 'Ärendet är avslutat: paragrafen är justerad. Inget mer kan lämnas in eller delas i ärendet.';
}
