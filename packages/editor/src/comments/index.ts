export {
  type AnchorRange,
  type CommentAnchor,
  decodeRelativePositionBase64,
  encodeAnchor,
  encodeRelativePositionBase64,
  relativeAnchorInText,
  resolveAnchor,
  resolveInText,
} from './anchor';
