import ArgumentParser
import Foundation

/// `vigil integrations eventbridge-setup ID`: what to enter in Okta's Log Stream wizard and what to create in AWS.
struct IntegrationsEventBridgeSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eventbridge-setup",
        abstract: "Print the Okta Log Stream wizard values and the AWS EventBridge rule and SQS queue to create.")

    @Argument(help: "The integration's id: it becomes the AWS event source name.") var id: String
    @Option(help: "Your AWS account ID (12 digits).") var awsAccountID = "<your AWS account ID>"
    @Option(help: "The AWS region of the event bus and queue.") var region = "us-east-1"
    @Option(help: "The Okta org's subdomain (acme for acme.okta.com).") var oktaSubdomain = "<your Okta subdomain>"
    @Option(help: "The SQS queue's name.") var queue = "vigil-okta-log-stream"

    func validate() throws {
        guard id.count <= 75, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw ValidationError("an AWS event source name is 1–75 of A-Z a-z 0-9 . _ -; choose an integration id that is")
        }
    }

    func run() throws {
        let source = "aws.partner/okta.com/\(oktaSubdomain)/\(id)"
        Console.out("""
            1. In Okta (Admin Console → Reports → Log Streaming → Add Log Stream → AWS EventBridge), enter:
                 AWS Event Source Name:  \(id)
                 AWS Account ID:         \(awsAccountID)
                 AWS Region:             \(region)

            2. In AWS, associate the partner event source with an event bus, then route it to an SQS queue:
                 aws events create-event-bus --region \(region) --name \(source) --event-source-name \(source)
                 aws sqs create-queue --region \(region) --queue-name \(queue)
                 aws events put-rule --region \(region) --event-bus-name \(source) --name vigil-okta-\(id) \\
                     --event-pattern '{"source":[{"prefix":"aws.partner/okta.com"}]}'
                 aws events put-targets --region \(region) --event-bus-name \(source) --rule vigil-okta-\(id) \\
                     --targets 'Id=vigil,Arn=arn:aws:sqs:\(region):\(awsAccountID):\(queue)'
               and give the queue a policy that lets events.amazonaws.com send messages from that rule.

            3. In Vigil's configuration, under the integration \(id):
                 eventbridge:
                   queue_url: https://sqs.\(region).amazonaws.com/\(awsAccountID)/\(queue)
                   region: \(region)
               with AWS credentials allowed sqs:ReceiveMessage and sqs:DeleteMessage in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY.
            """)
    }
}
