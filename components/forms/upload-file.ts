// Multipart upload of one attachment with progress events (fetch has no upload progress,
// so this uses XMLHttpRequest); failures come back with the server's own detail text.
import type { AttachmentDto } from '@/components/submission/types';

export function uploadAttachment(
  submissionId: string,
  field: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<AttachmentDto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/submissions/${submissionId}/attachments`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText || '{}') as Record<string, unknown>;
      } catch {
        body = {};
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as AttachmentDto);
      else reject(new Error(typeof body.detail === 'string' ? body.detail : `HTTP ${xhr.status}`));
    };
    xhr.onerror = () => reject(new Error('network'));
    const data = new FormData();
    data.append('field', field);
    data.append('file', file);
    xhr.send(data);
  });
}
