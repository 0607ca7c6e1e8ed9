import json
import setuptools

kwargs = json.loads(
    """
{
    "name": "cdk-root-activity-monitor",
    "version": "0.0.0",
    "description": "AWS CDK constructs that tell you within seconds when an AWS account root user signs in or calls an API: trail, EventBridge rule, alias-aware notifier and CIS metric-filter alarm.",
    "license": "Apache-2.0",
    "url": "https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor.git",
    "long_description_content_type": "text/markdown",
    "author": "cdk-root-activity-monitor contributors<maintainers@example.com>",
    "bdist_wheel": {
        "universal": true
    },
    "project_urls": {
        "Source": "https://github.com/cdk-root-activity-monitor/cdk-root-activity-monitor.git"
    },
    "package_dir": {
        "": "src"
    },
    "packages": [
        "cdk_root_activity_monitor",
        "cdk_root_activity_monitor._jsii"
    ],
    "package_data": {
        "cdk_root_activity_monitor._jsii": [
            "cdk-root-activity-monitor@0.0.0.jsii.tgz"
        ],
        "cdk_root_activity_monitor": [
            "py.typed"
        ]
    },
    "python_requires": ">=3.10",
    "install_requires": [
        "aws-cdk-lib>=2.182.0, <3.0.0",
        "constructs>=10.0.0, <11.0.0",
        "jsii>=1.140.0, <2.0.0",
        "publication>=0.0.3"
    ],
    "classifiers": [
        "Intended Audience :: Developers",
        "Operating System :: OS Independent",
        "Programming Language :: JavaScript",
        "Programming Language :: Python :: 3 :: Only",
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3.11",
        "Programming Language :: Python :: 3.12",
        "Programming Language :: Python :: 3.13",
        "Programming Language :: Python :: 3.14",
        "Typing :: Typed",
        "Development Status :: 4 - Beta",
        "License :: OSI Approved"
    ],
    "scripts": []
}
"""
)

with open("README.md", encoding="utf8") as fp:
    kwargs["long_description"] = fp.read()


setuptools.setup(**kwargs)
