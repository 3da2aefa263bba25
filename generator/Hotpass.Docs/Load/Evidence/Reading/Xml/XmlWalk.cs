using System.Xml;

namespace Hotpass.Docs.Load.Evidence.Reading.Xml;

/// <summary>Streams an XML file element by element with the path of open ancestors, so readers keep no document.</summary>
internal static class XmlWalk
{
    /// <param name="onStart">Called at each start element with its ancestors' local names; returns true when it read the
    /// element's content itself (then the walk does not descend into it).</param>
    /// <param name="onEnd">Called when an element closes (empty ones too), with its ancestors' names.</param>
    public static void Run(XmlReader reader, Func<XmlReader, IReadOnlyList<string>, bool> onStart,
        Action<string, IReadOnlyList<string>>? onEnd = null)
    {
        var path = new List<string>();
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                var name = reader.LocalName;
                var empty = reader.IsEmptyElement;
                if (onStart(reader, path)) continue;
                if (empty) onEnd?.Invoke(name, path);
                else path.Add(name);
            }
            else if (reader.NodeType == XmlNodeType.EndElement && path.Count > 0)
            {
                var name = path[^1];
                path.RemoveAt(path.Count - 1);
                onEnd?.Invoke(name, path);
            }
            reader.Read();
        }
    }

    public static bool EndsWith(this IReadOnlyList<string> path, params string[] tail)
    {
        if (path.Count < tail.Length) return false;
        for (var i = 0; i < tail.Length; i++)
            if (path[path.Count - tail.Length + i] != tail[i]) return false;
        return true;
    }

    public static bool Contains(this IReadOnlyList<string> path, string name)
    {
        for (var i = 0; i < path.Count; i++)
            if (path[i] == name) return true;
        return false;
    }
}
