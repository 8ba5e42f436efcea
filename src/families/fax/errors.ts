// The errors the fax family answers where its operations' pages document none,
// each with the reason for its status, code and words (listed in
// docs/undocumented-errors.md). The pages document "400 Bad Request" and
// "404 Not Found" without codes for most of these; a refused request is a bad
// request with code 300, the code of a validation failure.
import { undocumented } from '../../kit/errors.ts';

const BAD_REQUEST = { status: 400, code: 300 } as const;

export const fileRequired = undocumented({
  ...BAD_REQUEST,
  message: "file is required: send the fax ZIP file as the multipart/form-data field 'file'.",
  why: "uploadFaxFile's body is multipart/form-data with 'file (required)'; the page documents no error for a request without it.",
});

export const notZip = undocumented({
  ...BAD_REQUEST,
  message: 'Unsupported file format: the fax file must be a .zip file.',
  why: "uploadFaxFile: 'Supported file formats: .zip'. A file not named .zip, or whose bytes are no ZIP archive, is refused; the page documents no error for it.",
});

export const badEntry = undocumented({
  ...BAD_REQUEST,
  message: 'The ZIP file should contain files named {order}.{type}, type one of pdf, jpg, jpeg, txt, png, doc, docx: {name}.',
  why: "uploadFaxFile: 'The ZIP file may contain files of the following types: pdf jpg jpeg txt png doc docx' and 'should contain files named using the format {order}.{type}'; no error is documented for a file that is not.",
});

export const sameOrder = undocumented({
  ...BAD_REQUEST,
  message: 'Two files of the ZIP file have the same order: {name}.',
  why: "uploadFaxFile: 'The order defines the page sequence for the fax'; two files of one order leave the sequence undefined. No error is documented for it.",
});

export const emptyZip = undocumented({
  ...BAD_REQUEST,
  message: 'The ZIP file holds no file to fax.',
  why: 'uploadFaxFile: a fax is the pages of the files the ZIP holds; an archive with none has no page to send, and the page documents no error for it.',
});

export const badPdf = undocumented({
  ...BAD_REQUEST,
  message: 'The file {name} of the ZIP file is not a PDF file.',
  why: "uploadFaxFile: a .pdf entry's pages are counted into the fax; bytes that are not a PDF cannot be, and the page documents no error for it.",
});

export const faxFileNotFound = undocumented({
  ...BAD_REQUEST,
  message: 'Fax file not found for file_id: {fileId}.',
  why:
    "sendFax documents only '400 Bad Request'. file_id must name a ZIP file the account uploaded through Upload fax file and that has not expired (its 'expire' seconds); " +
    "any other is that bad request, worded as downloadFaxFile words a missing file.",
});

export const extensionNotFound = undocumented({
  status: 404,
  code: 404,
  message: 'Extension does not exist: {extensionId}.',
  why: "getExtensionsFaxLogs documents '404 Not Found' without code or words; an extension the account does not have answers as the account's other extension pages word it (404/404 'Extension does not exist: {extensionId}.').",
});

export const invalidRange = undocumented({
  ...BAD_REQUEST,
  message: 'Invalid from/to time.',
  why:
    "The fax log pages list no query parameters; Zoom's clients send from/to (yyyy-mm-dd) as on the other logs, and the sandbox reads them. A value that is not a date, or a from after to, answers " +
    "with the words the fax charges report documents for the same mistake ('Invalid from/to time.'), with the code of a validation failure.",
});
