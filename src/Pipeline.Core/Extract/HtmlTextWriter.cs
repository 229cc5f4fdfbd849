using System.Text;
using AngleSharp.Dom;

namespace Pipeline.Extract;

/// <summary>
/// Writes the text of DOM elements as lines: every block element (p, div, li, h2, …) and every
/// &lt;br&gt; ends a line, whitespace inside a line is collapsed, entities are already decoded by
/// the parser, and empty lines are dropped.
/// </summary>
internal sealed class HtmlTextWriter
{
    private readonly List<string> _lines = [];
    private readonly StringBuilder _line = new();

    /// <summary>The lines of text of the given elements, in document order.</summary>
    public static List<string> Lines(IEnumerable<IElement> elements)
    {
        var writer = new HtmlTextWriter();
        foreach (var e in elements) writer.Visit(e);
        writer.Break();
        return writer._lines;
    }

    private void Visit(INode node)
    {
        switch (node)
        {
            case IText text:
                _line.Append(text.Data);
                break;
            case IElement e when e.LocalName == "br":
                Break();
                break;
            case IElement e:
                bool block = HtmlDom.BlockTags.Contains(e.LocalName);
                if (block) Break();
                foreach (var child in e.ChildNodes) Visit(child);
                if (block) Break();
                else if (e.LocalName is "td" or "th") _line.Append(' ');
                break;
        }
    }

    /// <summary>Ends the current line, keeping it when it has any visible text.</summary>
    private void Break()
    {
        string line = HtmlDom.Collapse(_line.ToString());
        _line.Clear();
        if (line.Length > 0) _lines.Add(line);
    }
}
