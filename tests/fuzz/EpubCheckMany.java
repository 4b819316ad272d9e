// EPUBCheck on many books in one Java run (starting EPUBCheck costs more than checking a small
// book): java -cp epubcheck.jar EpubCheckMany.java LISTING, where LISTING names one book a line.
// Prints "BOOK<tab>path" and then that book's messages, as EPUBCheck's command line words them.
import com.adobe.epubcheck.api.EpubCheck;
import java.io.File;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

public class EpubCheckMany {
    public static void main(String[] args) throws Exception {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        for (String book : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (book.isEmpty()) {
                continue;
            }
            out.println("BOOK\t" + book);
            new EpubCheck(new File(book), out).doValidate();
            out.flush();
        }
    }
}
