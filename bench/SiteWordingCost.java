// The wording check's own cost per page, for a dictionary of 10 000 protected terms (docs/performance.md).
// Run: java -cp target/classes:$(cat cp.txt) bench/SiteWordingCost.java [terms] [page.html]
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.egovhub.sitehealth.SiteFile;
import org.egovhub.sitehealth.check.ConfusionSet;
import org.egovhub.sitehealth.check.WordingCheck;
import org.jsoup.Jsoup;

public class SiteWordingCost {
    public static void main(String[] args) throws Exception {
        int terms = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String page = args.length > 1 ? args[1] : "../shared/fixtures/upstream/govcn/govcn_homepage_2018-03-17_pagesource.html";
        String text = Jsoup.parse(Files.readString(Path.of(page))).text();
        String chars = "毫豪家佳杜度国华人民共和党中央委省市区县政府书记长副主席总理部局厅院会代表协军平建新兴湘衡阳雁峰红伟勇强刚明春辉林志文武德清江泽东海北南山荣庆祥贵云鹏飞";
        Random random = new Random(42);
        List<SiteFile.ProtectedTerm> list = new ArrayList<>();
        for (int i = 0; i < terms; i++) {
            StringBuilder term = new StringBuilder();
            for (int k = 0; k < 3; k++) {
                term.append(chars.charAt(random.nextInt(chars.length())));
            }
            list.add(new SiteFile.ProtectedTerm(term.toString(), null));
        }
        long built = System.nanoTime();
        WordingCheck check = new WordingCheck(new SiteFile.Wording(list, List.of()), ConfusionSet.shipped());
        System.out.printf("dictionary: %d protected terms, built in %d ms%n", terms, (System.nanoTime() - built) / 1_000_000);
        int findings = 0;
        for (int i = 0; i < 2000; i++) {
            findings += check.check("p", text).size();
        }
        int rounds = 20_000;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            findings += check.check("p", text).size();
        }
        double micros = (System.nanoTime() - start) / 1000.0 / rounds;
        System.out.printf("page text: %d chars; wording check: %.1f us per page (%d findings seen)%n", text.length(), micros, findings);
    }
}
