package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.ocop.portal.BrowserTest;

/**
 * Searching as a visitor does, in headless Chromium, on the 240 demo products as of 2026-11-25: type-ahead in the
 * search boxes, then the results page with its facets.
 */
class SearchBrowserIT extends BrowserTest {

    @Test
    void typeAheadOffersHoneyForMatOngAndTheKeyboardOpensTheChosenProduct() {
        driver.get(base + "/");
        WebElement box = driver.findElement(By.id("site-q_input"));
        box.sendKeys("mat ong");
        List<WebElement> lines = suggestions("site-q");
        assertThat(lines).extracting(WebElement::getText).anyMatch(text -> text.startsWith("Mật ong"));
        wait(5).until(ExpectedConditions.attributeToBe(box, "aria-expanded", "true")); // once the list has opened
        assertThat(browser.accessibilityViolations()).as("WCAG violations with the suggestions open").isEmpty();

        box.sendKeys(Keys.ARROW_DOWN);
        WebElement first = lines.get(0);
        assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
        String product = first.getAttribute("data-item-label");
        assertThat(product).startsWith("Mật ong");
        box.sendKeys(Keys.ENTER);

        wait(20).until(ExpectedConditions.urlContains("/product/"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(product);
    }

    @Test
    void choosingAPlaceWithTheMouseFiltersTheCatalogueByIt() {
        driver.get(base + "/catalogue");
        driver.findElement(By.id("f-q_input")).sendKeys("ha gi");
        WebElement place = suggestions("f-q").stream()
            .filter(line -> "Hà Giang".equals(line.getAttribute("data-item-label"))).findFirst().orElseThrow();
        assertThat(place.getDomProperty("textContent")).as("the line as screen readers read it")
            .isEqualTo("Hà Giang, Địa phương");
        place.click();

        wait(20).until(ExpectedConditions.urlContains("province="));
        assertThat(driver.getCurrentUrl()).endsWith("/catalogue?province=H%C3%A0+Giang");
        WebElement selected = driver.findElement(By.cssSelector("[aria-labelledby='facet-province'] a[aria-current='true']"));
        assertThat(selected.findElement(By.cssSelector(".facet__label")).getText()).isEqualTo("Hà Giang");
        assertThat(driver.findElements(By.cssSelector(".cards .card__place"))).isNotEmpty()
            .allSatisfy(p -> assertThat(p.getText()).isEqualTo("Hà Giang"));
    }

    @Test
    void enterWithoutChoosingSearchesTheWordsAsTyped() {
        driver.get(base + "/");
        WebElement box = driver.findElement(By.id("site-q_input"));
        box.sendKeys("che shan");
        suggestions("site-q");
        box.sendKeys(Keys.ENTER);

        wait(20).until(ExpectedConditions.urlContains("/catalogue"));
        assertThat(driver.getCurrentUrl()).endsWith("/catalogue?q=che+shan");
        assertThat(driver.findElement(By.id("f-q_input")).getAttribute("value")).isEqualTo("che shan");
        assertThat(cardNames()).isNotEmpty().allSatisfy(name -> assertThat(fold(name)).contains("che"));
    }

    @Test
    void aFourStarFacetNarrowsRuouToItsCountAndKeepsTheOtherCounts() {
        driver.get(base + "/");
        WebElement box = driver.findElement(By.id("site-q_input"));
        box.sendKeys("ruou");
        box.sendKeys(Keys.ENTER);
        wait(20).until(ExpectedConditions.urlContains("/catalogue?q=ruou"));

        WebElement fourStars = starFacet("4");
        long count = Long.parseLong(fourStars.findElement(By.cssSelector(".facet__count")).getText());
        assertThat(count).isPositive();
        fourStars.click();

        wait(20).until(ExpectedConditions.urlContains("stars=4"));
        assertThat(driver.getCurrentUrl()).endsWith("/catalogue?q=ruou&stars=4");
        assertThat(starFacet("4").getAttribute("aria-current")).isEqualTo("true");
        assertThat(starFacet("4").findElement(By.cssSelector(".facet__count")).getText()).isEqualTo(Long.toString(count));
        assertThat(driver.findElement(By.id("result-count")).getText()).isEqualTo(count + " sản phẩm");
        List<WebElement> cards = driver.findElements(By.cssSelector(".cards .card"));
        assertThat(cards).hasSize((int) Math.min(count, 12));
        assertThat(cards).allSatisfy(card ->
            assertThat(card.findElement(By.cssSelector(".stars")).getAttribute("aria-label")).isEqualTo("4 sao"));
        for (String other : List.of("3", "5")) {
            assertThat(Long.parseLong(starFacet(other).findElement(By.cssSelector(".facet__count")).getText()))
                .as("the count of the %s-star products beside the chosen 4", other).isPositive();
            assertThat(starFacet(other).getAttribute("aria-current")).isEqualTo("false");
        }

        assertThat(driver.findElements(By.cssSelector(".cards .card__title mark"))).as("matched words marked in names")
            .isNotEmpty().allSatisfy(mark -> assertThat(fold(mark.getText())).isEqualTo("ruou"));
        assertThat(cards).filteredOn(card -> fold(card.findElement(By.cssSelector(".card__title")).getText()).contains("ruou"))
            .isNotEmpty()
            .allSatisfy(card -> assertThat(card.findElements(By.cssSelector(".card__title mark"))).isNotEmpty());

        assertThat(browser.accessibilityViolations()).as("WCAG violations on the results page").isEmpty();
        assertThat(browser.scrollsSidewaysAtPhoneWidth()).as("the results page scrolls sideways at 375 px").isFalse();

        driver.findElement(By.cssSelector(".chosen-filters a[href='?q=ruou']")).click();
        wait(20).until(ExpectedConditions.urlToBe(base + "/catalogue?q=ruou"));
        assertThat(starFacet("4").getAttribute("aria-current")).isEqualTo("false");
    }

    @Test
    void aMistypedWordGetsDidYouMeanAndNothingFoundSaysWhatToTry() {
        driver.get(base + "/catalogue?q=mat+onq");
        driver.findElement(By.cssSelector(".did-you-mean a")).click();
        wait(20).until(ExpectedConditions.urlContains("q=mat+ong"));
        assertThat(cardNames()).isNotEmpty().anyMatch(name -> name.startsWith("Mật ong"));

        driver.get(base + "/catalogue?q=xyzzyq&stars=5");
        assertThat(driver.findElement(By.id("result-count")).getText()).isEqualTo("0 sản phẩm");
        assertThat(driver.findElement(By.cssSelector(".empty__title")).getText())
            .isEqualTo("Không tìm thấy sản phẩm nào cho “xyzzyq”.");
        assertThat(driver.findElement(By.cssSelector(".empty a[href='?q=xyzzyq']")).getText())
            .isEqualTo("Bỏ các bộ lọc, giữ từ khóa");
        assertThat(browser.accessibilityViolations()).as("WCAG violations on an empty results page").isEmpty();
        assertThat(browser.scrollsSidewaysAtPhoneWidth()).as("the empty results page scrolls sideways").isFalse();
    }

    /** The lines of a search box's open suggestion list, once they have come. */
    private List<WebElement> suggestions(String box) {
        By lines = By.cssSelector("#" + box + "_panel .ui-autocomplete-item .suggestion__kind");
        wait(20).until(ExpectedConditions.visibilityOfElementLocated(lines));
        return driver.findElements(By.cssSelector("#" + box + "_panel .ui-autocomplete-item"));
    }

    private WebElement starFacet(String stars) {
        return driver.findElement(By.cssSelector("[aria-labelledby='facet-stars'] a[data-value='" + stars + "']"));
    }

    private List<String> cardNames() {
        return driver.findElements(By.cssSelector(".cards .card__title a")).stream().map(WebElement::getText).toList();
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd').replace('Đ', 'D')
            .toLowerCase(Locale.ROOT);
    }
}
