/**
 * Why an upload was refused, with the HTTP status the upload route answers. `key` is a message under
 * `errors.` in messages/*.json.
 */
export class FileRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly key: "fileMissing" | "fileEmpty" | "fileTooLarge" | "fileTypeNotAllowed" | "uploadMalformed",
  ) {
    super(key);
    this.name = "FileRefused";
  }
}
