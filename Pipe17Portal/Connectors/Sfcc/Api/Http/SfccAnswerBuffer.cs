using Microsoft.Extensions.Options;

namespace Pipe17Portal.Connectors.Sfcc.Api.Http;

/// <summary>
/// Reads each answer's body completely, up to <see cref="SfccApiOptions.MaxAnswerBytes"/>, inside the resilience pipeline.
/// Refit hands back the response as soon as the headers arrive, so without this a body that trickles in (or never ends)
/// would be read outside every timeout and hold its flow for ever; here the attempt timeout covers the last byte too, and
/// a body over the limit fails the call (<see cref="SfccAnswerTooLargeException"/>) instead of filling memory.
/// </summary>
internal sealed class SfccAnswerBuffer(IOptions<SfccApiOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            var limit = options.Value.MaxAnswerBytes;
            if (response.Content.Headers.ContentLength > limit)
            {
                throw new SfccAnswerTooLargeException(limit);
            }

            using var body = new MemoryStream();
            await using (var stream = await response.Content.ReadAsStreamAsync(cancellationToken))
            {
                var buffer = new byte[81_920];
                int read;
                while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if (body.Length + read > limit)
                    {
                        throw new SfccAnswerTooLargeException(limit);
                    }
                    body.Write(buffer, 0, read);
                }
            }

            var buffered = new ByteArrayContent(body.ToArray());
            foreach (var header in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch (IOException e)
        {
            // As HttpContent reports a body that broke off: a failure to reach SFCC, which may be retried.
            response.Dispose();
            throw new HttpRequestException($"The answer broke off: {e.Message}", e);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}

/// <summary>SFCC's answer was larger than the portal reads.</summary>
internal sealed class SfccAnswerTooLargeException(int limit) : Exception($"The answer is larger than {limit:N0} bytes, the most the portal reads.")
{
    public int Limit { get; } = limit;
}
