package cn.dalian.laborbrand.platform.documents;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;

/**
 * Chinese PDFs from XHTML templates (Thymeleaf, XML mode, so every value is escaped and the page stays well-formed),
 * laid out by openhtmltopdf on PDFBox. Every document gets the base page (A4, margins, 「第 x 页 共 y 页」 at the foot of
 * each page, tables whose header repeats on every page) before its own styles, and is set in {@link DocumentFont},
 * embedded as a subset of the glyphs it uses: a PDF reads the same on any machine, fonts installed or not. Written as
 * PDF/A-2u (openhtmltopdf's archival mode: every font embedded, sRGB output intent, XMP metadata).
 *
 * <p>A template is {@code <templateFolder><name>.xhtml} on the classpath: an {@code <html
 * xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">} document whose {@code <style>} may change
 * anything of the base page (e.g. {@code @page { size: A4 landscape; }}).
 */
public final class PdfDocuments {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String BASE_STYLE = readBaseStyle();
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** Parse errors become the exception, instead of being printed to the console as well. */
    private static final ErrorHandler REFUSE = new ErrorHandler() {

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    static {
        XRLog.setLoggerImpl(new Slf4jRendererLog());
    }

    private final TemplateEngine templates;

    /** @param templateFolder the classpath folder of the templates, e.g. {@code "documents/"} */
    public PdfDocuments(String templateFolder) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(templateFolder.endsWith("/") ? templateFolder : templateFolder + "/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        this.templates = new TemplateEngine();
        this.templates.setTemplateResolver(resolver);
    }

    /** Fills the template with the variables and writes the PDF. */
    public void render(String template, Map<String, ?> variables, OutputStream pdf) {
        renderXhtml(xhtml(template, variables), pdf);
    }

    /** The XHTML a template gives for the variables: what {@link #render} lays out. */
    public String xhtml(String template, Map<String, ?> variables) {
        Context context = new Context(Locale.SIMPLIFIED_CHINESE);
        variables.forEach(context::setVariable);
        return templates.process(template, context);
    }

    /** Lays out a well-formed XHTML document on the base page and writes the PDF. */
    public static void renderXhtml(String xhtml, OutputStream pdf) {
        Document document = withBaseStyle(parse(xhtml));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
        // PDF/A-2u: for the archive, and it leaves out the 14 standard fonts, which PDFBox would look for on the machine
        builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        for (DocumentFont font : DocumentFont.values()) {
            builder.useFont(font::open, DocumentFont.FAMILY, font.weight(), FontStyle.NORMAL, true);
        }
        builder.withW3cDocument(document, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF", e);
        }
    }

    /** The base page goes first in the head, so that a template's own styles come after it and win. */
    private static Document withBaseStyle(Document document) {
        Element html = document.getDocumentElement();
        Node head = html.getElementsByTagNameNS(XHTML, "head").item(0);
        if (head == null) {
            head = html.insertBefore(document.createElementNS(XHTML, "head"), html.getFirstChild());
        }
        Element style = document.createElementNS(XHTML, "style");
        style.setTextContent(BASE_STYLE);
        head.insertBefore(style, head.getFirstChild());
        return document;
    }

    private static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // a document is data: a <!DOCTYPE html> is fine, but nothing is fetched and no outside entity expanded
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            parser.setErrorHandler(REFUSE);
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("the document is not well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private static String readBaseStyle() {
        try (InputStream css = PdfDocuments.class.getResourceAsStream("page.css")) {
            return new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the base page style", e);
        }
    }
}
