import { useEffect, useState } from 'react';
import type { SealStamp, Seal } from '../../../shared/documents/records';
import { verifyStamp, type SealedContent, type StampVerdict } from '../../../shared/documents/seal-content';

export type Verdict = StampVerdict | 'checking' | 'noSeal';

/**
 * Checks the stamp here, with WebCrypto and the seal's public key, rather than trusting anyone's
 * word for it: the content must hash to what was sealed and the signature must hold.
 */
export function useStampVerdict(stamp: SealStamp | null, seal: Seal | undefined, content: SealedContent | null): Verdict | null {
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const key = stamp && content ? JSON.stringify([stamp, seal?.publicKey, content]) : null;
  useEffect(() => {
    if (!stamp || !content) {
      setVerdict(null);
      return;
    }
    if (!seal) {
      setVerdict('noSeal');
      return;
    }
    let live = true;
    setVerdict('checking');
    verifyStamp(stamp, seal.publicKey, content).then(
      (v) => live && setVerdict(v),
      () => live && setVerdict('tampered'),
    );
    return () => {
      live = false;
    };
    // `key` stands for stamp, seal and content, which arrive as new objects on every re-read.
  }, [key]);
  return verdict;
}
