package ru.gospages.intake;

import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import ru.gospages.problems.Messages;
import ru.gospages.problems.ProblemCode;

/**
 * The whole-file problems the readers throw (SPEC 4.4), and the short reasons shown in brackets in
 * the F-UNREADABLE message (texts in messages_ru.properties), so that every reader words them the same way.
 */
final class FileProblems {

    static final String DAMAGED_ZIP = Messages.text("reason.damagedZip");
    static final String NOT_A_WORKBOOK = Messages.text("reason.notAWorkbook");
    static final String DAMAGED_CONTENT = Messages.text("reason.damagedContent");
    static final String OLE2_AS_XLSX = Messages.text("reason.ole2AsXlsx");
    static final String XLSX_AS_XLS = Messages.text("reason.xlsxAsXls");
    static final String TOO_OLD = Messages.text("reason.tooOld");
    static final String WEB_PAGE = Messages.text("reason.webPage");
    static final String NOT_XLS = Messages.text("reason.notXls");
    static final String NOT_XLSX = Messages.text("reason.notXlsx");
    static final String BINARY_CSV = Messages.text("reason.binaryCsv");
    static final String NO_ACCESS = Messages.text("reason.noAccess");
    static final String XML_DOCTYPE = Messages.text("reason.xmlDoctype");
    static final String XML_ENCODING = Messages.text("reason.xmlEncoding");

    private FileProblems() {
    }

    /** The reason for a CSV record whose quotes commons-csv cannot follow, by the line it starts on. */
    static String csvQuotes(long line) {
        return Messages.text("reason.csvQuotes", line);
    }

    static SubmissionException unreadable(String reason) {
        return new SubmissionException(ProblemCode.F_UNREADABLE, Messages.of(ProblemCode.F_UNREADABLE, null, reason));
    }

    static SubmissionException encrypted(Throwable cause) {
        return new SubmissionException(ProblemCode.F_ENCRYPTED, Messages.of(ProblemCode.F_ENCRYPTED, null), cause);
    }

    static SubmissionException tooManyRows(String sheet, int limit) {
        return new SubmissionException(ProblemCode.F_TOO_LARGE,
                Messages.of(ProblemCode.F_TOO_LARGE, "rows", sheet, String.valueOf(limit)));
    }

    static SubmissionException lineTooLong(int limit) {
        return new SubmissionException(ProblemCode.F_TOO_LARGE,
                Messages.of(ProblemCode.F_TOO_LARGE, "line", String.valueOf(limit)));
    }

    /**
     * What a library failure means for the sender: POI's zip-bomb guard is F-TOO-LARGE, anything
     * else F-UNREADABLE with the given reason. The failure stays attached as the cause for the log.
     */
    static SubmissionException failure(Throwable failure, String reason) {
        if (failure instanceof SubmissionException submission) {
            return submission;
        }
        if (cause(failure, XmlMarkupGuard.MarkupTooLongException.class) != null) {
            return new SubmissionException(ProblemCode.F_TOO_LARGE,
                    Messages.of(ProblemCode.F_TOO_LARGE, "markup", String.valueOf(XmlMarkupGuard.DEFAULT_MAX_MARKUP_BYTES / (1024 * 1024))), failure);
        }
        if (cause(failure, XmlMarkupGuard.RefusedXmlException.class) instanceof XmlMarkupGuard.RefusedXmlException refused) {
            return new SubmissionException(ProblemCode.F_UNREADABLE, Messages.of(ProblemCode.F_UNREADABLE, null, refused.reason()), failure);
        }
        if (isZipBomb(failure)) {
            return new SubmissionException(ProblemCode.F_TOO_LARGE, Messages.of(ProblemCode.F_TOO_LARGE, "bomb"), failure);
        }
        // POI's text of ZipSecureFile.MAX_FILE_COUNT_MSG, without its formatted tail
        if (hasMessage(failure, "more internal file entries than expected")) {
            return new SubmissionException(ProblemCode.F_TOO_LARGE,
                    Messages.of(ProblemCode.F_TOO_LARGE, "entries", String.valueOf(ZipSecureFile.getMaxFileCount())), failure);
        }
        return new SubmissionException(ProblemCode.F_UNREADABLE,
                Messages.of(ProblemCode.F_UNREADABLE, null, reason), failure);
    }

    /** POI reports a zip bomb as an IOException, which StAX or POI may wrap several times over. */
    private static boolean isZipBomb(Throwable failure) {
        return hasMessage(failure, "Zip bomb");
    }

    /**
     * The failure itself or its nearest cause of a type, or null. The JDK's StAX parser keeps the
     * stream's IOException as its "nested exception", not as its cause.
     */
    private static Throwable cause(Throwable failure, Class<? extends Throwable> type) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = next(t)) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof XMLStreamException stax && stax.getNestedException() != null) {
            return stax.getNestedException();
        }
        return failure.getCause();
    }

    /** True when a failure or one of its causes says {@code text}. */
    private static boolean hasMessage(Throwable failure, String text) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }
}
