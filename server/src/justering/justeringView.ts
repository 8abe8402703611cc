import type { Justering } from '@yttra/api';
import type { MatterServices } from '../matters/MatterServices';
import type { Matter, Membership } from '../organisation/OrganisationStore';
import type { DocumentRecord } from '../storage/DocumentStore';
import type { SignatoryRole } from './JusteringStore';
import { justeringProblems } from './justeringProblems';
import { readParagraph } from './readParagraph';

export interface PersonChoice {
  userId: string;
  name: string;
  role: SignatoryRole;
}

/**
 * The justering panel's facts for one caller: who signs and who has, what still stands in the way, the notice
 * once posted, and the recorded corrections. The secretary also gets the people who may be named.
 */
export async function justeringView(
  services: MatterServices,
  matter: Matter,
  protocol: DocumentRecord,
  caller: Membership,
): Promise<Justering> {
  const { justering, organisations, accountStore, registry, templates } = services;
  const plan = await justering.getPlan(protocol.id);
  const { paragraph, textHash } = await readParagraph(registry, templates, protocol);
  const groups = await organisations.listPartyGroups(matter.organisationId);
  const members = await organisations.listMembers(matter.organisationId);
  const nameOf = async (userId: string) => {
    const user = await accountStore.findUser(userId);
    const membership = members.find((candidate) => candidate.userId === userId);
    const party = groups.find((group) => group.id === membership?.partyGroupId)?.partyAbbreviation;
    return `${user?.displayName ?? 'Okänd'}${party ? ` (${party})` : ''}`;
  };
  const signatories = await Promise.all(
    (plan?.signatories ?? []).map(async (signatory) => ({
      userId: signatory.userId,
      name: await nameOf(signatory.userId),
      role: signatory.role,
      // An approval of an earlier wording no longer counts; the signatory is asked again.
      approvedAt: signatory.approvedTextHash === textHash || protocol.approvedAt !== null ? signatory.approvedAt : null,
    })),
  );
  const problems = protocol.approvedAt === null ? justeringProblems(paragraph) : [];
  if (protocol.approvedAt === null && !plan) problems.push('Ordförande och justerare är inte utsedda.');
  const candidates: PersonChoice[] =
    caller.role === 'administrator'
      ? await Promise.all(
          members
            .filter((member) => member.role === 'chair' || member.role === 'member')
            .map(async (member) => ({
              userId: member.userId,
              name: await nameOf(member.userId),
              role: member.role === 'chair' ? ('chair' as const) : ('justerare' as const),
            })),
        ).then((people) => people.sort((a, b) => a.name.localeCompare(b.name, 'sv')))
      : [];
  const notice = await justering.getNotice(protocol.id);
  const corrections = await Promise.all(
    (await justering.listCorrections(protocol.id)).map(async (correction) => ({
      correctedAt: correction.correctedAt,
      correctedBy: await nameOf(correction.correctedBy),
      reason: correction.reason,
    })),
  );
  const own = signatories.find((signatory) => signatory.userId === caller.userId);
  return {
    plannedDate: plan?.plannedDate ?? null,
    immediate: plan?.immediate ?? false,
    keptAt: plan?.keptAt ?? null,
    signatories,
    problems,
    justeredAt: protocol.approvedAt,
    checksum: protocol.approvedChecksum,
    notice: notice ? { postedOn: notice.postedOn, comesDownOn: notice.comesDownOn } : null,
    corrections,
    candidates,
    canApprove: protocol.approvedAt === null && own !== undefined && own.approvedAt === null,
  };
}
