package vn.ocop.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ocop.portal.search.DemoProducts.TODAY;
import static vn.ocop.portal.search.DemoProducts.product;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;

import vn.ocop.portal.catalogue.entity.StatusFilter;
import vn.ocop.portal.search.control.ProductIndex;
import vn.ocop.portal.search.control.ProductSearch;
import vn.ocop.portal.search.control.ProductSearcher;
import vn.ocop.portal.search.control.SearchResult.Hit;

class ProductIndexTest {

    static List<String> names(ProductSearcher searcher, String text) {
        return searcher.search(ProductSearch.on(TODAY).text(text).status(StatusFilter.ANY).build())
            .getHits().stream().map(Hit::getName).toList();
    }

    @Test
    void anEmptyDirectoryIsNotUsableUntilAnIndexIsOpenedOnIt() {
        Directory directory = new ByteBuffersDirectory();
        assertThat(ProductIndex.isUsable(directory)).isFalse();

        try (ProductIndex index = new ProductIndex(directory)) {
            assertThat(index.isEmpty()).isTrue();
        }
        assertThat(ProductIndex.isUsable(directory)).isTrue();
    }

    @Test
    void anIndexOfAnotherFormatIsNotUsableAndIsReplaced() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", "1", Store.YES));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of("ocop.index.format", "ocop-index-0").entrySet());
            writer.commit();
        }
        assertThat(ProductIndex.isUsable(directory)).isFalse();

        try (ProductIndex index = new ProductIndex(directory)) {
            assertThat(index.isEmpty()).isTrue();
        }
        assertThat(ProductIndex.isUsable(directory)).isTrue();
    }

    @Test
    void anUnreadableIndexIsNotUsable() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexOutput out = directory.createOutput("segments_1", IOContext.DEFAULT)) {
            out.writeString("not an index");
        }
        assertThat(ProductIndex.isUsable(directory)).isFalse();
        try (ProductIndex index = new ProductIndex(directory)) {
            assertThat(index.isEmpty()).isTrue();
        }
    }

    @Test
    void theIndexSurvivesReopening() {
        Directory directory = new ByteBuffersDirectory();
        try (ProductIndex index = new ProductIndex(directory)) {
            index.rebuild(DemoProducts.extras().stream());
        }
        assertThat(ProductIndex.isUsable(directory)).isTrue();
        try (ProductIndex index = new ProductIndex(directory)) {
            assertThat(names(new ProductSearcher(index), "mat ong")).contains("Mát ong Tây Bắc");
        }
    }

    @Test
    void upsertReplacesDeleteRemovesAndRefreshShowsThem() {
        try (ProductIndex index = DemoProducts.indexOf(List.of())) {
            ProductSearcher searcher = new ProductSearcher(index);
            index.upsert(product(1, "Chè Shan tuyết Suối Giàng", "Hộ A", "Yên Bái", "Văn Chấn", "Suối Giàng"));
            assertThat(index.isEmpty()).isTrue();
            index.refresh();
            assertThat(names(searcher, "che")).containsExactly("Chè Shan tuyết Suối Giàng");

            index.upsert(product(1, "Chè Shan tuyết cổ thụ Suối Giàng", "Hộ A", "Yên Bái", "Văn Chấn", "Suối Giàng"));
            index.refresh();
            assertThat(names(searcher, "che")).containsExactly("Chè Shan tuyết cổ thụ Suối Giàng");

            index.delete(1);
            index.refresh();
            assertThat(names(searcher, "che")).isEmpty();
            assertThat(index.isEmpty()).isTrue();
        }
    }

    @Test
    void rebuildReplacesEverything() {
        try (ProductIndex index = DemoProducts.indexOf(DemoProducts.sample())) {
            ProductSearcher searcher = new ProductSearcher(index);
            assertThat(names(searcher, "ruou")).isNotEmpty();

            index.rebuild(DemoProducts.extras().stream());

            assertThat(names(searcher, "ruou")).isEmpty();
            assertThat(searcher.search(ProductSearch.on(TODAY).status(StatusFilter.ANY).build()).getTotal())
                .isEqualTo(DemoProducts.extras().size());
        }
    }

    @Test
    void anEmptyIndexSearchesToNothing() {
        try (ProductIndex index = DemoProducts.indexOf(List.of())) {
            ProductSearcher searcher = new ProductSearcher(index);
            assertThat(searcher.search(ProductSearch.on(TODAY).text("mat ong").build()).getTotal()).isZero();
            assertThat(searcher.suggest("mat", 5)).isEmpty();
        }
    }

    @Test
    void theChangeLogPositionAndSourceOutliveTheIndexWriter() {
        Directory directory = new ByteBuffersDirectory();
        try (ProductIndex index = new ProductIndex(directory)) {
            assertThat(index.position()).isZero();
            index.rebuild(List.of(product(1, "Mật ong bạc hà", "Hộ kinh doanh A", "Hà Giang", "Mèo Vạc", "Pả Vi")).stream(),
                "database of 2026-11-25", 40);
            index.upsert(product(2, "Chè Shan tuyết", "Hộ kinh doanh B", "Hà Giang", "Mèo Vạc", "Pả Vi"));
            index.commit(42);
        }
        try (ProductIndex reopened = new ProductIndex(directory)) {
            assertThat(reopened.position()).isEqualTo(42);
            assertThat(reopened.source()).isEqualTo("database of 2026-11-25");
            assertThat(reopened.size()).isEqualTo(2);
        }
    }
}
