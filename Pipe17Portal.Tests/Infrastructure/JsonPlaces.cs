using System.Text.Json.Nodes;

namespace Pipe17Portal.Tests.Infrastructure;

/// <summary>Every place in a JSON document a fuzz test may damage: each object member (by name) and array element (by index).</summary>
public static class JsonPlaces
{
    public static void Collect(JsonNode node, List<(JsonNode Parent, string? Name, int Index)> places)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                places.Add((obj, name, -1));
                if (child is not null)
                {
                    Collect(child, places);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                places.Add((array, null, i));
                if (array[i] is { } child)
                {
                    Collect(child, places);
                }
            }
        }
    }
}
