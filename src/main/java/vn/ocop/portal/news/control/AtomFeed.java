package vn.ocop.portal.news.control;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) written with the JDK's StAX writer, which escapes every text it is given: titles and
 * the sanitised bodies (as {@code content type="html"}) are text to it, never markup.
 */
public final class AtomFeed {

    public static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** The feed itself: {@code self} is its own address, {@code page} the HTML page it mirrors. */
    public record Head(String id, String title, String language, String author, String self, String page, Instant updated) {
    }

    /** One entry; {@code id} is a urn:uuid: URI that never changes. */
    public record Entry(String id, String title, String link, Instant published, Instant updated, String html) {
    }

    private AtomFeed() {
    }

    public static void write(Head head, List<Entry> entries, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", head.language());
            element(xml, "id", head.id());
            element(xml, "title", head.title());
            element(xml, "updated", time(head.updated()));
            link(xml, "self", AtomFeed.CONTENT_TYPE.substring(0, AtomFeed.CONTENT_TYPE.indexOf(';')), head.self());
            link(xml, "alternate", "text/html", head.page());
            xml.writeStartElement("author");
            element(xml, "name", head.author());
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                element(xml, "updated", time(entry.updated()));
                element(xml, "published", time(entry.published()));
                link(xml, "alternate", "text/html", entry.link());
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(entry.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the news feed", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** RFC 3339 in UTC, to the second. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
