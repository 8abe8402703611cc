export const signatoryRoles = ['chair', 'justerare'] as const;
export type SignatoryRole = (typeof signatoryRoles)[number];

/** One person who signs the paragraph: the chair or a justerare named by the secretary. */
export interface Signatory {
  userId: string;
  role: SignatoryRole;
  /** When they approved in Yttra; null until they have. */
  approvedAt: number | null;
  /** SHA-256 of the paragraph's text as they approved it, so a later edit makes their approval stale. */
  approvedTextHash: string | null;
}

/** Who justers a paragraph, when, and where the protocol is kept; set by the secretary. */
export interface JusteringPlan {
  protocolDocumentId: string;
  /** The day set for justering (YYYY-MM-DD); written reservation reasons are due by then. */
  plannedDate: string;
  /** Omedelbar justering: the paragraph is justered at the meeting itself. */
  immediate: boolean;
  /** Where the approved protocol is kept, as printed on the notice. */
  keptAt: string;
  namedBy: string;
  namedAt: number;
  signatories: Signatory[];
}

/** The notice of justering on the public anslagstavla. */
export interface Notice {
  protocolDocumentId: string;
  postedOn: string;
  postedAt: number;
  /** The day it comes down: when the three weeks of appeal have run out. */
  comesDownOn: string;
  keptAt: string;
  immediate: boolean;
  /** The paragraph's header as justered, so the public board is listed without opening any document. */
  header: NoticeHeader;
}

export interface NoticeHeader {
  board: string;
  protocolNumber: string;
  paragraphNumber: number;
  title: string;
  caseNumber: string;
  meetingDate: string;
}

/** A recorded rättelse: who reopened a justered paragraph, when and why. */
export interface Correction {
  protocolDocumentId: string;
  correctedBy: string;
  correctedAt: number;
  reason: string;
  /** The checksum of the approval that the correction set aside. */
  previousChecksum: string | null;
}

/** The record of justering: plans, signatures, notices and corrections. */
export interface JusteringStore {
  getPlan(protocolDocumentId: string): Promise<JusteringPlan | undefined>;
  /** Names the signatories afresh; every earlier approval is dropped. */
  setPlan(plan: JusteringPlan): Promise<void>;
  recordApproval(protocolDocumentId: string, userId: string, approvedAt: number, textHash: string): Promise<void>;
  clearApproval(protocolDocumentId: string, userId: string): Promise<void>;
  postNotice(notice: Notice): Promise<void>;
  getNotice(protocolDocumentId: string): Promise<Notice | undefined>;
  listNotices(): Promise<Notice[]>;
  /**
   * Rättelse, in one transaction: records the correction, lifts the paragraph's approval (lock, checksum,
   * approved text), drops the signatures and takes the notice down.
   */
  reopen(correction: Correction): Promise<void>;
  listCorrections(protocolDocumentId: string): Promise<Correction[]>;
}
